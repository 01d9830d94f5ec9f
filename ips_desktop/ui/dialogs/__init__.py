"""Dialogs for records that more than one area opens: contact, employer, opening, placement.

Areas may import them, they import only ui/widgets and the base: the participant page logs a
contact for its participant with the same dialog the employer log uses.
"""
