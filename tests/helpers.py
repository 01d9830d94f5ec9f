"""Values shared by tests (fixtures live in conftest.py)."""

PASSWORD = "Korrekt-Hest-Batteri-42"

CONSULTANT_NAME = "Søren Østergård"


def make_demo_database(root, today):
    """A small demo database in passphrase mode, so that copies open without a keyring."""
    import keyring
    from keyring.backends import fail

    from ips_desktop.services import demo, workspace

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        ws, _ = workspace.set_up(root, PASSWORD, demo=True)
        demo.generate_demo(ws.ctx.engine, size="small", today=today)
        ws.close()
    finally:
        keyring.set_keyring(previous)
    return root


def open_copy(template, root):
    """A fresh copy of a template database, unlocked: each test may change its own."""
    import shutil

    from ips_desktop.services import workspace

    shutil.copytree(template, root)
    return workspace.unlock(root, PASSWORD)


def consultant_names(root):
    """The consultants' names a database holds: what a restore or rekey must keep whole."""
    from ips_desktop.services import consultants, workspace

    ws = workspace.unlock(root, PASSWORD)
    try:
        return [c.name for c in consultants.list_consultants(ws.ctx)]
    finally:
        ws.close()


def opens_with(root, key):
    """Whether the raw `key` opens the data directory's database (read-only probe)."""
    from ips_desktop.storage import cipher, errors
    from ips_desktop.storage.vault import DataDir

    try:
        cipher.probe(DataDir(root).database, cipher.raw_key_pragma(key))
    except errors.StorageError:
        return False
    return True
