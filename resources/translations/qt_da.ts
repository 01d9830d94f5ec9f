<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- What Qt's own qtbase_da lacks for the dialogs IPS Desktop shows: Qt 6 asks for
     these texts, qtbase_da (written for older sources) has them without the
     shortcut letter or under an old context. Loaded after qtbase_da, so these win.
     Maintained by hand; tests/ui/test_qt_translations.py finds what is missing. -->
<TS version="2.1" language="da_DK" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Kig i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer af &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drev</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Filmappe</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Genvej</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1-fil</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Ukendt</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Double Sided Printing</source>
            <translation>Dobbeltsidet udskrivning</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Indbinding på den lange side</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Indbinding på den korte side</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>Side&amp;sæt:</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Page &amp;order:</source>
            <translation>Side&amp;orden:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>Sider &amp;pr. ark:</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>&amp;Billing information:</source>
            <translation>&amp;Betalingsinformation:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>&amp;Slut:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>S&amp;tart:</translation>
        </message>
        <message>
            <source>Job &amp;priority:</source>
            <translation>Job&amp;prioritet:</translation>
        </message>
        <message>
            <source>Scheduled &amp;printing:</source>
            <translation>P&amp;lanlagt udskrivning:</translation>
        </message>
    </context>
</TS>
