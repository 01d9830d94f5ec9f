<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="30"/>
        <source>About IPS Desktop</source>
        <translation>About IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="33"/>
        <source>For IPS consultants and team leads. The data stay encrypted on this computer.</source>
        <translation>For IPS consultants and team leads. The data stay encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="35"/>
        <source>It contains these components, each under its own licence:</source>
        <translation>It contains these components, each under its own licence:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="38"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="38"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="38"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/about.py" line="47"/>
        <source>Components and their licences</source>
        <translation>Components and their licences</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="55"/>
        <source>Access copy for the person</source>
        <translation>Access copy for the person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="58"/>
        <source>A copy of everything IPS Desktop holds about the person, records marked as deleted too: a PDF to hand to them and a JSON file for other systems. Making it is recorded in the audit trail.</source>
        <translation>A copy of everything IPS Desktop holds about the person, records marked as deleted too: a PDF to hand to them and a JSON file for other systems. Making it is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="63"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="65"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="68"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="79"/>
        <source>&amp;Write the copy</source>
        <translation>&amp;Write the copy</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="98"/>
        <source>Will be written:
%1 (to hand to the person)
%2 (machine-readable)</source>
        <translation>Will be written:
%1 (to hand to the person)
%2 (machine-readable)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="103"/>
        <source>Choose the folder for the access copy</source>
        <translation>Choose the folder for the access copy</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="117"/>
        <source>Writing the copy…</source>
        <translation>Writing the copy…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/access_dialog.py" line="134"/>
        <source>Written in %1:
%2
%3</source>
        <translation>Written in %1:
%2
%3</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="71"/>
        <source>Coming in a later version</source>
        <translation>Coming in a later version</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="84"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="86"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="88"/>
        <source>Employer contact log</source>
        <translation>Employer contact log</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="90"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="91"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="93"/>
        <source>Team overview</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/areas.py" line="95"/>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="150"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="154"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="169"/>
        <source>“%1” is not a date: type e.g. 1.12.2026.</source>
        <translation>“%1” is not a date: type e.g. 1.12.2026.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="175"/>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="178"/>
        <source>Choose the person in the list that opens as you type (Down, then Enter).</source>
        <translation>Choose the person in the list that opens as you type (Down, then Enter).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="208"/>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="209"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="211"/>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="212"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="213"/>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="214"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="215"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="216"/>
        <source>Name or CPR number</source>
        <translation>Name or national ID number</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="217"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="218"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="219"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="220"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_filters.py" line="221"/>
        <source>Export to CSV or JSON (Ctrl+E)</source>
        <translation>Export to CSV or JSON (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="17"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="18"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="19"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="20"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="21"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="22"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="23"/>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="24"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="25"/>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="26"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="27"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="28"/>
        <source>Database upgrade</source>
        <translation>Database upgrade</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="29"/>
        <source>New database key</source>
        <translation>New database key</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="30"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="91"/>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="96"/>
        <source>erased person</source>
        <translation>erased person</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="40"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="41"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="42"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="43"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_model.py" line="44"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="34"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="35"/>
        <source>course</source>
        <translation>course</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="36"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="37"/>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="38"/>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="39"/>
        <source>job or education</source>
        <translation>job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="40"/>
        <source>plan review</source>
        <translation>plan review</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="41"/>
        <source>employer</source>
        <translation>employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="42"/>
        <source>employer contact</source>
        <translation>employer contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="43"/>
        <source>contact person</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="44"/>
        <source>employer contact log</source>
        <translation>employer contact log</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="45"/>
        <source>job opening</source>
        <translation>job opening</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="46"/>
        <source>calendar event</source>
        <translation>calendar event</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="47"/>
        <source>participant list</source>
        <translation>participant list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="48"/>
        <source>supervision list</source>
        <translation>supervision list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="49"/>
        <source>supervision note</source>
        <translation>supervision note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="50"/>
        <source>consultant</source>
        <translation>employment specialist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="51"/>
        <source>team overview</source>
        <translation>team overview</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="52"/>
        <source>fidelity self-check</source>
        <translation>fidelity self-check</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="53"/>
        <source>implementation plan</source>
        <translation>implementation plan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="55"/>
        <source>period report</source>
        <translation>period report</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="56"/>
        <source>audit trail</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="57"/>
        <source>app password</source>
        <translation>app password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="58"/>
        <source>calendar</source>
        <translation>calendar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="59"/>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="60"/>
        <source>fidelity review</source>
        <translation>fidelity review</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="61"/>
        <source>implementation plan agreement</source>
        <translation>implementation plan agreement</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="63"/>
        <source>team overview comment</source>
        <translation>team overview comment</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="65"/>
        <source>expectation</source>
        <translation>expectation</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="66"/>
        <source>psychiatry unit</source>
        <translation>psychiatry unit</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="67"/>
        <source>erasure due list</source>
        <translation>erasure due list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="68"/>
        <source>staffing</source>
        <translation>staffing</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="69"/>
        <source>team database</source>
        <translation>team database</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_texts.py" line="70"/>
        <source>sync conflict</source>
        <translation>sync conflict</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="97"/>
        <source>Audit trail status</source>
        <translation>Audit trail status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="110"/>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="234"/>
        <source>Only a team lead can see the audit trail.</source>
        <translation>Only a team lead can see the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="128"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="151"/>
        <source>No events match the filter.</source>
        <translation>No events match the filter.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="153"/>
        <source>The newest %1 events; more as you scroll.</source>
        <translation>The newest %1 events; more as you scroll.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="156"/>
        <source>%1 events.</source>
        <translation>%1 events.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="162"/>
        <source>The audit trail could not be read.</source>
        <translation>The audit trail could not be read.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="178"/>
        <source>That person has been erased: the trail keeps only their id.</source>
        <translation>That person has been erased: the trail keeps only their id.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="183"/>
        <source>That person has no course to open.</source>
        <translation>That person has no course to open.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="198"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="198"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="200"/>
        <source>Export audit trail</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="212"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="220"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="238"/>
        <source>The file could not be saved in %1:</source>
        <translation>The file could not be saved in %1:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="242"/>
        <source>The audit trail could not be exported.</source>
        <translation>The audit trail could not be exported.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="244"/>
        <source>Saved: %1 (%2 events)</source>
        <translation>Saved: %1 (%2 events)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/audit_tab.py" line="251"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="90"/>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="113"/>
        <source>Stopping the backup…</source>
        <translation>Stopping the backup…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="132"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="137"/>
        <source>Checking today&apos;s backup before IPS Desktop closes…</source>
        <translation>Checking today&apos;s backup before IPS Desktop closes…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="138"/>
        <source>Making today&apos;s backup before IPS Desktop closes…</source>
        <translation>Making today&apos;s backup before IPS Desktop closes…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="140"/>
        <source>If you skip it, IPS Desktop closes now without today&apos;s backup; it is made the next time IPS Desktop starts. Everything you saved is kept either way.</source>
        <translation>If you skip it, IPS Desktop closes now without today&apos;s backup; it is made the next time IPS Desktop starts. Everything you saved is kept either way.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="157"/>
        <source>Closing IPS Desktop</source>
        <translation>Closing IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="159"/>
        <source>&amp;Skip the backup</source>
        <translation>&amp;Skip the backup</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="180"/>
        <source>Backup skipped; it is made at the next start</source>
        <translation>Backup skipped; it is made at the next start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="182"/>
        <source>Backup folder not reachable; will try again</source>
        <translation>Backup folder not reachable; will try again</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="184"/>
        <source>Backup failed; will try again</source>
        <translation>Backup failed; will try again</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_backup.py" line="189"/>
        <source>Backup %1</source>
        <translation>Backup %1</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="86"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="87"/>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflicts…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="95"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="142"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="144"/>
        <source>%n change(s) refused by the team&apos;s rules</source>
        <translation>
            <numerusform>%n change refused by the team&apos;s rules</numerusform>
            <numerusform>%n changes refused by the team&apos;s rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="146"/>
        <source>%n row(s) no longer yours removed</source>
        <translation>
            <numerusform>%n row no longer yours removed</numerusform>
            <numerusform>%n rows no longer yours removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="157"/>
        <source>The team&apos;s rules no longer let this login read some rows (a course given to a colleague, say): they were removed from this computer. The team database keeps them.</source>
        <translation>The team&apos;s rules no longer let this login read some rows (a course given to a colleague, say): they were removed from this computer. The team database keeps them.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="153"/>
        <source>The team database did not take changes to rows this login may not write (another consultant&apos;s course, say). They are kept there for the team lead.</source>
        <translation>The team database did not take changes to rows this login may not write (another consultant&apos;s course, say). They are kept there for the team lead.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="162"/>
        <source>%n conflict(s) waiting</source>
        <translation>
            <numerusform>%n conflict waiting</numerusform>
            <numerusform>%n conflicts waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="167"/>
        <source>Offline – synced later</source>
        <translation>Offline – synced later</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="169"/>
        <source>The team database refused the login</source>
        <translation>The team database refused the login</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="171"/>
        <source>Sync failed; will try again</source>
        <translation>Sync failed; will try again</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="173"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="176"/>
        <location filename="../../ips_desktop/ui/shell/auto_sync.py" line="177"/>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ips_desktop/ui/i18n.py" line="68"/>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
</context>
<context>
    <name>CalendarArea</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="370"/>
        <source>Moved “%1” to %2.</source>
        <translation>Moved “%1” to %2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="371"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="396"/>
        <source>The move is undone.</source>
        <translation>The move is undone.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/area.py" line="451"/>
        <source>No meeting is booked with the participant.</source>
        <translation>No meeting is booked with the participant.</translation>
    </message>
</context>
<context>
    <name>CalendarHeader</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="39"/>
        <source>%1–%2 %3 %4</source>
        <translation>%1–%2 %3 %4</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="43"/>
        <source>%1 %2 – %3 %4 %5</source>
        <translation>%1 %2 – %3 %4 %5</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="46"/>
        <source>%1 %2 %3 – %4 %5 %6</source>
        <translation>%1 %2 %3 – %4 %5 %6</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="54"/>
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/header.py" line="61"/>
        <source>%1 %2 %3 %4 · week %5</source>
        <translation>%1 %2 %3 %4 · week %5</translation>
    </message>
</context>
<context>
    <name>CalendarOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/output.py" line="71"/>
        <source>The calendar is exported to %1.</source>
        <translation>The calendar is exported to %1.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="118"/>
        <source>My calendar</source>
        <translation>My calendar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="121"/>
        <source>Everyone’s presence days side by side</source>
        <translation>Everyone’s presence days side by side</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="124"/>
        <source>Previous (%1)</source>
        <translation>Previous (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="126"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="127"/>
        <source>Next (%1)</source>
        <translation>Next (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="128"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="129"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="131"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="132"/>
        <source>Work week</source>
        <translation>Work week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="133"/>
        <source>Full week</source>
        <translation>Full week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="134"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="135"/>
        <source>Whose calendar</source>
        <translation>Whose calendar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="137"/>
        <source>Only presence days</source>
        <translation>Only presence days</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="138"/>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="139"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/toolbar.py" line="140"/>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="50"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="51"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="52"/>
        <source>Days in IPS</source>
        <translation>Days in IPS</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="53"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="54"/>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="215"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="216"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="213"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="221"/>
        <location filename="../../ips_desktop/ui/participants/caseload_model.py" line="262"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="26"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="27"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="28"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="29"/>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="33"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="34"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="35"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="42"/>
        <source>The recovery key stays the same; keep using the sheet you have.</source>
        <translation>The recovery key stays the same; keep using the sheet you have.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/change_password.py" line="56"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="65"/>
        <source>Combine the two values</source>
        <translation>Combine the two values</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="70"/>
        <source>Save the combination</source>
        <translation>Save the combination</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="74"/>
        <source>Make one value of the two; it replaces both.</source>
        <translation>Make one value of the two; it replaces both.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="94"/>
        <source>%1 deleted on one computer and changed on another</source>
        <translation>%1 deleted on one computer and changed on another</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="97"/>
        <source>%1 of %2 changed on two computers</source>
        <translation>%1 of %2 changed on two computers</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="110"/>
        <source>The team kept the first change it got; the other waits here, so nothing is lost. Choose the value that is right, or combine them.</source>
        <translation>The team kept the first change it got; the other waits here, so nothing is lost. Choose the value that is right, or combine them.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="112"/>
        <source>The team kept the first change it got; the other waits here, so nothing is lost. Choose the value that is right.</source>
        <translation>The team kept the first change it got; the other waits here, so nothing is lost. Choose the value that is right.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="117"/>
        <source>On the team now</source>
        <translation>On the team now</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="118"/>
        <source>Waiting change</source>
        <translation>Waiting change</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="125"/>
        <source>Combine…</source>
        <translation>Combine…</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="87"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="88"/>
        <source>No conflicts are waiting.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="117"/>
        <source>Same person twice?</source>
        <translation>Same person twice?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="119"/>
        <source>Erasure refused</source>
        <translation>Erasure refused</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="179"/>
        <source>Erased here. The erasure is sent at the next sync.</source>
        <translation>Erased here. The erasure is sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="190"/>
        <source>Someone decided this conflict already.</source>
        <translation>Someone decided this conflict already.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflicts_view.py" line="192"/>
        <source>Decided. The choice is sent at the next sync.</source>
        <translation>Decided. The choice is sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="102"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="106"/>
        <source>Scope of the consent</source>
        <translation>Scope of the consent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="108"/>
        <source>Usually: exchange of information between psychiatry and the jobcenter about the IPS course.</source>
        <translation>Usually: exchange of information between psychiatry and the jobcenter about the IPS course.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="112"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="112"/>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="113"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="113"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="118"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Covers:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="123"/>
        <source>From this day nothing about the person is shared with psychiatry or employers. What was recorded stays; a new consent can be recorded later.</source>
        <translation>From this day nothing about the person is shared with psychiatry or employers. What was recorded stays; a new consent can be recorded later.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="125"/>
        <source>Record the consent the person has given, and what it covers.</source>
        <translation>Record the consent the person has given, and what it covers.</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="67"/>
        <source>share nothing about the person with psychiatry or employers until a new consent is recorded</source>
        <translation>share nothing about the person with psychiatry or employers until a new consent is recorded</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="74"/>
        <source>covers: %1</source>
        <translation>covers: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="75"/>
        <source>what it covers is not written down</source>
        <translation>what it covers is not written down</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="77"/>
        <source>to be withdrawn %1</source>
        <translation>to be withdrawn %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="85"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="89"/>
        <source>Record &amp;withdrawal…</source>
        <translation>Record &amp;withdrawal…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/consent.py" line="90"/>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
</context>
<context>
    <name>ConsultantPage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="378"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="380"/>
        <source>Everything you change in the app is recorded under your initials.</source>
        <translation>Everything you change in the app is recorded under your initials.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="381"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="381"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="381"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="382"/>
        <source>&amp;FTE (full time = 1.0):</source>
        <translation>&amp;FTE (full time = 1.0):</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="382"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="385"/>
        <source>Why Cancel is not available</source>
        <translation>Why Cancel is not available</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="387"/>
        <source>The database has been created, so this last step cannot be cancelled: the app needs to know who makes each change.</source>
        <translation>The database has been created, so this last step cannot be cancelled: the app needs to know who makes each change.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="389"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="389"/>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="390"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="391"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="391"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="395"/>
        <source>IPS consultant</source>
        <translation>IPS consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="396"/>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="270"/>
        <source>Edit employer contact</source>
        <translation>Edit employer contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="271"/>
        <source>Log employer contact</source>
        <translation>Log employer contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="272"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="284"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="273"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="288"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="274"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="275"/>
        <source>Consultant</source>
        <translation>Employment specialist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="276"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="276"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="277"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="292"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="278"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="279"/>
        <source>Outcome in words</source>
        <translation>Outcome in words</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="280"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="281"/>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="293"/>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="283"/>
        <source>Type the name; Enter creates a new one</source>
        <translation>Type the name; Enter creates a new one</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="287"/>
        <source>Choose, or type a new name</source>
        <translation>Choose, or type a new name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="289"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="290"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="291"/>
        <source>Type the name (only for a participant)</source>
        <translation>Type the name (only for a participant)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="302"/>
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="303"/>
        <source>+2 weeks</source>
        <translation>+2 weeks</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="304"/>
        <source>Follow up in a week</source>
        <translation>Follow up in a week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="305"/>
        <source>Follow up in two weeks</source>
        <translation>Follow up in two weeks</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="306"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="307"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="309"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="310"/>
        <source>Delete contact…</source>
        <translation>Delete contact…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="369"/>
        <source>Create «%1» as a new employer</source>
        <translation>Create “%1” as a new employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="425"/>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="614"/>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="615"/>
        <source>Delete this employer contact from the log?</source>
        <translation>Delete this employer contact from the log?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="617"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="618"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="647"/>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="648"/>
        <source>Record the job start now?</source>
        <translation>Record the job start now?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="650"/>
        <source>It can also be recorded later on the participant&apos;s page.</source>
        <translation>It can also be recorded later on the participant&apos;s page.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="652"/>
        <source>Record job start</source>
        <translation>Record job start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/contact_dialog.py" line="654"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ContactMode</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="67"/>
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="68"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="69"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="70"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>ContactOutcome</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="99"/>
        <source>Meeting agreed</source>
        <translation>Meeting agreed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="101"/>
        <source>Opening found</source>
        <translation>Job opening found</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="103"/>
        <source>No opening now</source>
        <translation>No job opening now</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="104"/>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="105"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ContactPersonDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="379"/>
        <source>Edit contact person</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="380"/>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="384"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="384"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="385"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="385"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>ContactPurpose</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="76"/>
        <source>Getting to know the business</source>
        <translation>Getting to know the business</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="78"/>
        <source>A job for a named participant</source>
        <translation>A job for a named participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="80"/>
        <source>Follow-along support for someone working there</source>
        <translation>Follow-along support for someone working there</translation>
    </message>
</context>
<context>
    <name>ContactPurposeShort</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="89"/>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="90"/>
        <source>Job for participant</source>
        <translation>Job for participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="92"/>
        <source>Follow-along</source>
        <translation>Follow-along</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="100"/>
        <source>%n presence day(s)</source>
        <translation>
            <numerusform>%n presence day</numerusform>
            <numerusform>%n presence days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="100"/>
        <source>no presence day</source>
        <translation>no presence day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="104"/>
        <source>Show this consultant’s calendar</source>
        <translation>Show this consultant’s calendar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="107"/>
        <source>Show the first week of this month</source>
        <translation>Show the first week of this month</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="122"/>
        <source>Presence in psychiatry, %1</source>
        <translation>Presence in psychiatry, %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/coverage.py" line="125"/>
        <source>Presence in psychiatry</source>
        <translation>Presence in psychiatry</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="71"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="74"/>
        <source>Choose date</source>
        <translation>Choose date</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="137"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="137"/>
        <source>&amp;CVR number:</source>
        <translation>&amp;CVR number:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="138"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="138"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="139"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="139"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="140"/>
        <source>&amp;Web site:</source>
        <translation>&amp;Web site:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="144"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="145"/>
        <source>8 digits, optional</source>
        <translation>8 digits, optional</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="149"/>
        <source>Contact person (optional)</source>
        <translation>Contact person (optional)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="152"/>
        <source>Con&amp;tact person:</source>
        <translation>Con&amp;tact person:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="152"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="153"/>
        <source>Person&apos;s p&amp;hone:</source>
        <translation>Person&apos;s p&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="154"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="176"/>
        <source>Edit employer</source>
        <translation>Edit employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="179"/>
        <source>New employer</source>
        <translation>New employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="209"/>
        <source>Employers already registered</source>
        <translation>Employers already registered</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="212"/>
        <source>&amp;Use the existing one</source>
        <translation>&amp;Use the existing one</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="214"/>
        <source>Register an&amp;yway</source>
        <translation>Register an&amp;yway</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="303"/>
        <source>An employer with this CVR number is already registered. Use it, or register this one as well?</source>
        <translation>An employer with this CVR number is already registered. Use it, or register this one as well?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="305"/>
        <source>An employer with this name is already registered (perhaps another branch). Use it, or register this one as well?</source>
        <translation>An employer with this name is already registered (perhaps another branch). Use it, or register this one as well?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/employer_dialog.py" line="331"/>
        <source>Also registered: %1. If it is the same business, use “Merge with…” on the employer&apos;s page.</source>
        <translation>Also registered: %1. If it is the same business, use “Merge with…” on the employer&apos;s page.</translation>
    </message>
</context>
<context>
    <name>EmployerListView</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="308"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="338"/>
        <source>Search name, CVR, industry or municipality</source>
        <translation>Search name, CVR, industry or municipality</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="340"/>
        <source>Search employers</source>
        <translation>Search employers</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="341"/>
        <source>&amp;New employer…</source>
        <translation>&amp;New employer…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="342"/>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
</context>
<context>
    <name>EmployerModel</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="67"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="68"/>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="69"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="70"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="71"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="72"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="73"/>
        <source>Open openings</source>
        <translation>Open job openings</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_list.py" line="74"/>
        <source>Placements</source>
        <translation>Jobs/education</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="234"/>
        <source>no CVR number</source>
        <translation>no CVR number</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="241"/>
        <source>The employer asked for was merged into this one.</source>
        <translation>The employer asked for was merged into this one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="247"/>
        <source>%1 (%n contact(s), last %2)</source>
        <translation>
            <numerusform>%1 (%n contact, last %2)</numerusform>
            <numerusform>%1 (%n contacts, last %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="252"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="253"/>
        <source>Known in the team by: %1</source>
        <translation>Known in the team by: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="256"/>
        <source>No one in the team has been in contact yet.</source>
        <translation>No one in the team has been in contact yet.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="318"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="318"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="330"/>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="330"/>
        <source>Openings (%1)</source>
        <translation>Job openings (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="331"/>
        <source>Jobs and educations (%1)</source>
        <translation>Jobs and educations (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="332"/>
        <source>Contact people (%1)</source>
        <translation>Contact people (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="333"/>
        <source>Known in the team (%1)</source>
        <translation>Known in the team (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="418"/>
        <source>Remove contact person</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="419"/>
        <source>Remove %1 from the employer&apos;s contact people?</source>
        <translation>Remove %1 from the employer&apos;s contact people?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="422"/>
        <source>Contacts already logged with them keep their name.</source>
        <translation>Contacts already logged with them keep their name.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="423"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="489"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="424"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="482"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="483"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="484"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="485"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="486"/>
        <source>Go to the &amp;participant</source>
        <translation>Go to the &amp;participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="487"/>
        <source>&amp;Add contact person…</source>
        <translation>&amp;Add contact person…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="488"/>
        <source>Change contact &amp;person…</source>
        <translation>Change contact &amp;person…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="491"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="491"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="491"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="503"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="492"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="492"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="493"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="493"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="498"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="494"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="494"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="495"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="495"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="498"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="495"/>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="499"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="496"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="496"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="497"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="498"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="499"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="499"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="500"/>
        <source>Ordinary terms</source>
        <translation>Ordinary terms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="501"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="501"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="501"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="502"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="503"/>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="504"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="504"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="508"/>
        <source>Contacts with the employer</source>
        <translation>Contacts with the employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="509"/>
        <source>Openings at the employer</source>
        <translation>Job openings at the employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="510"/>
        <source>Jobs and educations at the employer</source>
        <translation>Jobs and educations at the employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="511"/>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/employer_page.py" line="512"/>
        <source>Known in the team</source>
        <translation>Known in the team</translation>
    </message>
</context>
<context>
    <name>EmployersArea</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/area.py" line="121"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/area.py" line="122"/>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/area.py" line="123"/>
        <source>Openings</source>
        <translation>Job openings</translation>
    </message>
</context>
<context>
    <name>EndCourseDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="89"/>
        <source>End course</source>
        <translation>End course</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="93"/>
        <source>IPS support is not time-limited. A course ends only when the participant asks for it, or at another clear end such as moving away or ending treatment. The participant can start a new course later; the history is kept.</source>
        <translation>IPS support is not time-limited. A course ends only when the participant asks for it, or at another clear end such as moving away or ending treatment. The participant can start a new course later; the history is kept.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="98"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="99"/>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="102"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="110"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="111"/>
        <source>Say briefly why the course ends</source>
        <translation>Say briefly why the course ends</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="112"/>
        <source>&amp;Other reason:</source>
        <translation>&amp;Other reason:</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="53"/>
        <source>The participant&apos;s wish</source>
        <translation>The participant&apos;s wish</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="56"/>
        <source>In job or education, and support no longer wanted</source>
        <translation>In job or education, and support no longer wanted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="59"/>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="60"/>
        <source>Treatment ended</source>
        <translation>Treatment ended</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="61"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="54"/>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="57"/>
        <source>Erase %n person(s) for good? Every record about them is removed from this database and cannot be brought back. Only a tombstone stays in the audit trail: their id and today&apos;s date.</source>
        <translation>
            <numerusform>Erase %n person for good? Every record about them is removed from this database and cannot be brought back. Only a tombstone stays in the audit trail: their id and today&apos;s date.</numerusform>
            <numerusform>Erase %n people for good? Every record about them is removed from this database and cannot be brought back. Only a tombstone stays in the audit trail: their ids and today&apos;s date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="54"/>
        <source>Erase the person completely</source>
        <translation>Erase the person completely</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="66"/>
        <source>I understand that this cannot be &amp;undone</source>
        <translation>I understand that this cannot be &amp;undone</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="71"/>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="65"/>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="89"/>
        <source>&amp;Erase completely</source>
        <translation>&amp;Erase completely</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="94"/>
        <source>Your app &amp;password:</source>
        <translation>Your app &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="125"/>
        <source>Erase everything IPS Desktop holds about %1: the person, every course and all that belongs to it? This cannot be undone.</source>
        <translation>Erase everything IPS Desktop holds about %1: the person, every course and all that belongs to it? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="133"/>
        <source>%n employer contact(s) made for the person stay in the employer contact log and in the week&apos;s count of employer contacts, without the link to the person and without the text written about the outcome and the next step.</source>
        <translation>
            <numerusform>%n employer contact made for the person stays in the employer contact log and in the week&apos;s count of employer contacts, without the link to the person and without the text written about the outcome and the next step.</numerusform>
            <numerusform>%n employer contacts made for the person stay in the employer contact log and in the week&apos;s count of employer contacts, without the link to the person and without the text written about the outcome and the next step.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="169"/>
        <source>Erasing the person and overwriting the file… On a large database this takes up to a minute.</source>
        <translation>Erasing the person and overwriting the file… On a large database this takes up to a minute.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/erase_dialog.py" line="215"/>
        <source>Something unexpected stopped the erasure; the person is not erased. It is recorded in the log.</source>
        <translation>Something unexpected stopped the erasure; the person is not erased. It is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="70"/>
        <source>Not erased</source>
        <translation>Not erased</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="73"/>
        <source>App &amp;password:</source>
        <translation>App &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="78"/>
        <source>Erasing… The whole file is rewritten so that nothing of them can be found in it: on a large database this takes a minute or so.</source>
        <translation>Erasing… The whole file is rewritten so that nothing of them can be found in it: on a large database this takes a minute or so.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="84"/>
        <source>&amp;Erase %n person(s)</source>
        <translation>
            <numerusform>&amp;Erase %n person</numerusform>
            <numerusform>&amp;Erase %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="106"/>
        <source>Backups made before today may still hold them.</source>
        <translation>Backups made before today may still hold them.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="108"/>
        <source>No automatic backup made before today holds them.</source>
        <translation>No automatic backup made before today holds them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="109"/>
        <source>%n backup(s) made before today still hold them; the daily backup rotation has removed the last of them by %1.</source>
        <translation>
            <numerusform>%n backup made before today still holds them; the daily backup rotation has removed it by %1.</numerusform>
            <numerusform>%n backups made before today still hold them; the daily backup rotation has removed the last of them by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="112"/>
        <source>%n copy(ies) in the backup folder are never rotated away: delete them by hand.</source>
        <translation>
            <numerusform>%n copy in the backup folder is never rotated away: delete it by hand.</numerusform>
            <numerusform>%n copies in the backup folder are never rotated away: delete them by hand.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="142"/>
        <source>The password is wrong. Nobody was erased.</source>
        <translation>The password is wrong. Nobody was erased.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_confirm.py" line="157"/>
        <source>Nobody was erased.</source>
        <translation>Nobody was erased.</translation>
    </message>
</context>
<context>
    <name>EraseRequestPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="27"/>
        <source>Erasure refused by the team&apos;s rules</source>
        <translation>Erasure refused by the team&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="37"/>
        <source>A consultant</source>
        <translation>A consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="39"/>
        <source>%1 erased this person on their computer, but their login may not erase them on the team database (a colleague holds one of the person&apos;s courses, say). The person&apos;s data are still on the team database and on the computers that hold them. Your login may erase them.</source>
        <translation>%1 erased this person on their computer, but their login may not erase them on the team database (a colleague holds one of the person&apos;s courses, say). The person&apos;s data are still on the team database and on the computers that hold them. Your login may erase them.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="45"/>
        <source>Erase the person completely…</source>
        <translation>Erase the person completely…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/erase_request_panel.py" line="48"/>
        <source>Do not erase</source>
        <translation>Do not erase</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/error_dialog.py" line="31"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/error_dialog.py" line="32"/>
        <source>Something went wrong. What you saved before is safe; the last action may not have been completed. The error has been written to the log file.</source>
        <translation>Something went wrong. What you saved before is safe; the last action may not have been completed. The error has been written to the log file.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/error_dialog.py" line="36"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="219"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="221"/>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="222"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="231"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="222"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="233"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="223"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="235"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="223"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="236"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="224"/>
        <source>Day and time</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="224"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="225"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="226"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="227"/>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="239"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="227"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="232"/>
        <source>Type the name (only for a participant)</source>
        <translation>Type the name (only for a participant)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="234"/>
        <source>Type the name (only for an employer)</source>
        <translation>Type the name (only for an employer)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="241"/>
        <location filename="../../ips_desktop/ui/dialogs/event_saving.py" line="62"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="243"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_dialog.py" line="244"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="28"/>
        <source>Delete «%1» on %2?</source>
        <translation>Delete “%1” on %2?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="31"/>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="41"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="32"/>
        <source>It repeats: which occurrences?</source>
        <translation>It repeats: which occurrences?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="38"/>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_delete.py" line="43"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="111"/>
        <source>Presence in psychiatry</source>
        <translation>Presence in psychiatry</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="112"/>
        <source>Treatment conference</source>
        <translation>Treatment conference</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="114"/>
        <source>Joint start-up meeting</source>
        <translation>Joint start-up meeting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="115"/>
        <source>Meeting with participant</source>
        <translation>Meeting with participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="117"/>
        <source>Employer visit</source>
        <translation>Employer visit</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="118"/>
        <source>Group supervision</source>
        <translation>Group supervision</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="119"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="71"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="72"/>
        <source>Later this week</source>
        <translation>Later this week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="82"/>
        <source>Nothing in your calendar today.</source>
        <translation>Nothing in your calendar today.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="88"/>
        <source>Nothing more in your calendar this week.</source>
        <translation>Nothing more in your calendar this week.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/events.py" line="99"/>
        <source>Open the calendar on this day</source>
        <translation>Open the calendar on this day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/home/events.py" line="106"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FidelityTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="206"/>
        <source>The team&apos;s own self-check from its data – not an external fidelity review</source>
        <translation>The team&apos;s own self-check from its data – not an external fidelity review</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="208"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="209"/>
        <source>Fidelity items</source>
        <translation>Fidelity items</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="211"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="212"/>
        <source>Meets the aim</source>
        <translation>Meets the aim</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="212"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="213"/>
        <source>Rows behind the figure</source>
        <translation>Rows behind the figure</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="214"/>
        <source>Review &amp;comment:</source>
        <translation>Review &amp;comment:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="215"/>
        <source>&amp;Save review</source>
        <translation>&amp;Save review</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="217"/>
        <source>Saves the seven scored items with today&apos;s data-derived scores as one review</source>
        <translation>Saves the seven scored items with today&apos;s data-derived scores as one review</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="218"/>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="222"/>
        <source>Earlier reviews</source>
        <translation>Earlier reviews</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="220"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="221"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="256"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="300"/>
        <source>Changed, not saved yet</source>
        <translation>Changed, not saved yet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="317"/>
        <source>From the data: %1 of %2 points (8 items)</source>
        <translation>From the data: %1 of %2 points (8 items)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="320"/>
        <source>Total %1 of 75: %2</source>
        <translation>Total %1 of 75: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="324"/>
        <source>Total: %n item(s) not scored yet</source>
        <translation>
            <numerusform>Total: %n item not scored yet</numerusform>
            <numerusform>Total: %n items not scored yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="325"/>
        <source> (demo data)</source>
        <translation> (demo data)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="334"/>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="356"/>
        <source>Anchor reached: %1</source>
        <translation>Anchor reached: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="357"/>
        <source>No score: nothing to count</source>
        <translation>No score: nothing to count</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="380"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="380"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="392"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="396"/>
        <source>No contact yet</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="397"/>
        <source>A month without contact, then outreach</source>
        <translation>A month without contact, then outreach</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="398"/>
        <source>More than 30 days without contact while working</source>
        <translation>More than 30 days without contact while working</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="399"/>
        <source>Support ended while still working</source>
        <translation>Support ended while still working</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="400"/>
        <source>Same kind of work as others</source>
        <translation>Same kind of work as others</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="401"/>
        <source>Same employer as others</source>
        <translation>Same employer as others</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="402"/>
        <source>Temporary job</source>
        <translation>Temporary job</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="403"/>
        <source>Not on ordinary terms (wage subsidy)</source>
        <translation>Not on ordinary terms (wage subsidy)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_tab.py" line="404"/>
        <source>Courses of someone not on the staff</source>
        <translation>Courses of someone not on the staff</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/field_errors.py" line="115"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/field_errors.py" line="53"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/field_errors.py" line="60"/>
        <source>What you typed is still here: press Save again when it is solved.</source>
        <translation>What you typed is still here: press Save again when it is solved.</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="322"/>
        <source>Figures: %1</source>
        <translation>Figures: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="348"/>
        <source>The team</source>
        <translation>The team</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="364"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="380"/>
        <source>New referrals</source>
        <translation>New referrals</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="382"/>
        <source>Courses ended</source>
        <translation>Courses ended</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="389"/>
        <source>Job starts on ordinary terms</source>
        <translation>Job starts on ordinary terms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="391"/>
        <source>Education starts on ordinary terms</source>
        <translation>Education starts on ordinary terms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="415"/>
        <source>Each consultant in %1 (the courses each holds now)</source>
        <translation>Each consultant in %1 (the courses each holds now)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="417"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="417"/>
        <source>In a course</source>
        <translation>In a course</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="418"/>
        <source>In job or education</source>
        <translation>In job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="418"/>
        <source>Courses per FTE</source>
        <translation>Courses per FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="425"/>
        <source>left %1</source>
        <translation>left %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="445"/>
        <source>Started a job or education on ordinary terms within 18 months of the referral: %1 of %2 courses referred at least 18 months before %3 (%4).</source>
        <translation>Started a job or education on ordinary terms within 18 months of the referral: %1 of %2 courses referred at least 18 months before %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="452"/>
        <source>For comparison: %1.</source>
        <translation>For comparison: %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="419"/>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="454"/>
        <source>Within 18 months</source>
        <translation>Within 18 months</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="393"/>
        <source>Starts not on ordinary terms</source>
        <translation>Starts not on ordinary terms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="399"/>
        <source>Wage subsidy and the like: recorded, never counted as a start or as in job</source>
        <translation>Wage subsidy and the like: recorded, never counted as a start or as in job</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="466"/>
        <source>Demo data: made-up figures.</source>
        <translation>Demo data: made-up figures.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="468"/>
        <source>One consultant&apos;s figures count the courses they hold now: a course moved to another consultant counts for them in every month. The expectation is the team&apos;s.</source>
        <translation>One consultant&apos;s figures count the courses they hold now: a course moved to another consultant counts for them in every month. The expectation is the team&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="601"/>
        <source>Other figures</source>
        <translation>Other figures</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="602"/>
        <source>The team&apos;s &amp;comments for the period</source>
        <translation>The team&apos;s &amp;comments for the period</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="603"/>
        <source>The team&apos;s comments for the period</source>
        <translation>The team&apos;s comments for the period</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/figures_tab.py" line="604"/>
        <source>Save comments</source>
        <translation>Save comments</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="97"/>
        <source>Welcome to IPS Desktop</source>
        <translation>Welcome to IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="98"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="99"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="100"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="101"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="116"/>
        <source>The database has been created, so setting up can no longer be cancelled.</source>
        <translation>The database has been created, so setting up can no longer be cancelled.</translation>
    </message>
</context>
<context>
    <name>FormDraftWizard</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="98"/>
        <source>Form status</source>
        <translation>Form status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="109"/>
        <source>&amp;Move to version %1</source>
        <translation>&amp;Move to version %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="114"/>
        <source>Answers from an older version</source>
        <translation>Answers from an older version</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="119"/>
        <source>Save and &amp;close</source>
        <translation>Save and &amp;close</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="121"/>
        <source>&amp;Mark as complete</source>
        <translation>&amp;Mark as complete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="123"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="126"/>
        <source>Print the form (Ctrl+P)</source>
        <translation>Print the form (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="156"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="157"/>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="158"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="162"/>
        <source>%1 of %2 sections</source>
        <translation>%1 of %2 sections complete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="166"/>
        <source>Complete on %1</source>
        <translation>Complete on %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="169"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_dialog.py" line="171"/>
        <source>last changed %1 by %2</source>
        <translation>last changed %1 by %2</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="297"/>
        <source>%1 (no longer offered)</source>
        <translation>%1 (no longer offered)</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="278"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="366"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="382"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_fields.py" line="279"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="367"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="383"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="66"/>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="240"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="68"/>
        <source>complete on %1</source>
        <translation>complete on %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="71"/>
        <source>draft, %1 of %2 sections</source>
        <translation>draft, %1 of %2 sections complete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="75"/>
        <source>last reviewed %1</source>
        <translation>last reviewed %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="78"/>
        <source>review overdue since %1</source>
        <translation>review overdue since %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="79"/>
        <source>review due on %1</source>
        <translation>review due on %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="201"/>
        <source>&amp;Begin the form…</source>
        <translation>&amp;Begin the form…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="202"/>
        <source>&amp;Open the form…</source>
        <translation>&amp;Open the form…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="241"/>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="242"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="262"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="263"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="270"/>
        <source>%n sub-goal(s) past the target date and not reached.</source>
        <translation>
            <numerusform>%n sub-goal past the target date and not reached.</numerusform>
            <numerusform>%n sub-goals past the target date and not reached.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="276"/>
        <source>Job search began: %1</source>
        <translation>Job search began: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="277"/>
        <source>Job search began: not yet</source>
        <translation>Job search began: not yet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="278"/>
        <source>%1 (%2, last %3)</source>
        <translation>%1 (%2, last %3)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="281"/>
        <source>Employers contacted: %1</source>
        <translation>Employers contacted: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="282"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="284"/>
        <source>From the employer contact log</source>
        <translation>From the employer contact log</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="293"/>
        <source>Mark as &amp;reviewed…</source>
        <translation>Mark as &amp;reviewed…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="294"/>
        <source>Sub-goal</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="294"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="295"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="295"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="296"/>
        <source>Sub-goals</source>
        <translation>Sub-goals</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="297"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="297"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="298"/>
        <source>Sections of the form</source>
        <translation>Sections of the form</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="299"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="300"/>
        <source>State of the form</source>
        <translation>State of the form</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="301"/>
        <source>Job search, from the employer contact log</source>
        <translation>Job search, from the employer contact log</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="401"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="407"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/form_editor.py" line="408"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="68"/>
        <source>This draft was begun on version %1 of the form; version %2 is in use now.</source>
        <translation>This draft was begun on version %1 of the form; version %2 is in use now.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="72"/>
        <source>New questions: %1.</source>
        <translation>New questions: %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="75"/>
        <source>No longer asked: %1 (the answers are kept, with the old version).</source>
        <translation>No longer asked: %1 (the answers are kept, with the old version).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="79"/>
        <source>Renamed: %1 is now %2.</source>
        <translation>Renamed: %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="85"/>
        <source>No longer offered: %1 in %2.</source>
        <translation>No longer offered: %1 in %2.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="100"/>
        <source>%1 (version %2): %3</source>
        <translation>%1 (version %2): %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="103"/>
        <source>Answers to questions this version no longer asks:</source>
        <translation>Answers to questions this version no longer asks:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="137"/>
        <source>Go to %1: %2</source>
        <translation>Go to %1: %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="144"/>
        <source>The form can be marked complete when these are answered:</source>
        <translation>The form can be marked complete when these are answered:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="168"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="169"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="171"/>
        <source>rows: %1</source>
        <translation>rows: %1</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/forms_access.py" line="64"/>
        <source>Form file with errors</source>
        <translation>Form file with errors</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/forms_access.py" line="65"/>
        <source>A form file could not be used, so the form shipped with IPS Desktop is used instead:</source>
        <translation>A form file could not be used, so the form shipped with IPS Desktop is used instead:</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="51"/>
        <source>How fresh the team&apos;s data is</source>
        <translation>How fresh the team&apos;s data is</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="70"/>
        <source>Data more than a week old</source>
        <translation>Data more than a week old</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="74"/>
        <source>The printout will say so on the page.</source>
        <translation>The printout will say so on the page.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="76"/>
        <source>&amp;Print anyway</source>
        <translation>&amp;Print anyway</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/freshness.py" line="78"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="176"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="176"/>
        <source>Add a row to %1</source>
        <translation>Add a row to %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="178"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="272"/>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="274"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="178"/>
        <source>Remove the current row of %1</source>
        <translation>Remove the current row of %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="180"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="180"/>
        <source>Move the current row of %1 up</source>
        <translation>Move the current row of %1 up</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="182"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="183"/>
        <source>Move the current row of %1 down</source>
        <translation>Move the current row of %1 down</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="273"/>
        <source>Remove this row and its answers?</source>
        <translation>Remove this row and its answers?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/group_field.py" line="275"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>HeldField</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="335"/>
        <source>The meeting was held (a contact on the participant&apos;s page)</source>
        <translation>The meeting was held (a contact on the participant&apos;s page)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="358"/>
        <source>Noted as a contact with the participant; untick to remove it.</source>
        <translation>Noted as a contact with the participant; untick to remove it.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="360"/>
        <source>Saving removes the contact note this meeting became.</source>
        <translation>Saving removes the contact note this meeting became.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="58"/>
        <source>New referral, from any area</source>
        <translation>New referral, from any area</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="60"/>
        <source>log an employer contact instead</source>
        <translation>log an employer contact instead</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="62"/>
        <source>a new event at the next free half hour</source>
        <translation>a new event at the next free half hour</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="65"/>
        <source>Search participants, from any area</source>
        <translation>Search participants, from any area</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="67"/>
        <source>search the log instead</source>
        <translation>search the log instead</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="70"/>
        <source>Log an employer contact, from any area</source>
        <translation>Log an employer contact, from any area</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="72"/>
        <source>Print what Participants shows</source>
        <translation>Print what Participants shows</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="74"/>
        <source>print the week&apos;s log for the team meeting</source>
        <translation>print the week&apos;s log for the team meeting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="76"/>
        <source>print the week shown</source>
        <translation>print the week shown</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="78"/>
        <source>print the week&apos;s supervision list</source>
        <translation>print the week&apos;s supervision list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="80"/>
        <source>print the steering group&apos;s printout of the months shown</source>
        <translation>print the steering group&apos;s printout of the months shown</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="84"/>
        <source>Lock the window now</source>
        <translation>Lock the window now</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="86"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="87"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="88"/>
        <source>This help</source>
        <translation>This help</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="89"/>
        <source>Sync with the team database now (on a computer that has joined one)</source>
        <translation>Sync with the team database now (on a computer that has joined one)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="97"/>
        <source>Next question; after the page&apos;s last, the next page</source>
        <translation>Next question; after the page&apos;s last, the next page</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="99"/>
        <source>Leave a long text (there Enter starts a new line)</source>
        <translation>Leave a long text (there Enter starts a new line)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="101"/>
        <source>Add a row to a table (jobs, medication, sub-goals)</source>
        <translation>Add a row to a table (jobs, medication, sub-goals)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="103"/>
        <source>Remove the table&apos;s row</source>
        <translation>Remove the table&apos;s row</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="104"/>
        <source>Move the row up</source>
        <translation>Move the row up</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="105"/>
        <source>Move the row down</source>
        <translation>Move the row down</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="111"/>
        <source>The week (or day) before</source>
        <translation>The week (or day) before</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="112"/>
        <source>The week (or day) after</source>
        <translation>The week (or day) after</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="113"/>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="114"/>
        <source>Undo the last move</source>
        <translation>Undo the last move</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="115"/>
        <source>Open the event chosen</source>
        <translation>Open the event chosen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="116"/>
        <source>Delete the event chosen</source>
        <translation>Delete the event chosen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="117"/>
        <source>The next event (arrow keys too)</source>
        <translation>The next event (arrow keys too)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="123"/>
        <source>The week before</source>
        <translation>The week before</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="124"/>
        <source>The week after</source>
        <translation>The week after</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="125"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="126"/>
        <source>Tick the participant chosen as discussed (again: untick)</source>
        <translation>Tick the participant chosen as discussed (again: untick)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="128"/>
        <source>Write the supervision note</source>
        <translation>Write the supervision note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="129"/>
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="130"/>
        <source>Open the participant chosen</source>
        <translation>Open the participant chosen</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="136"/>
        <source>The period a month earlier</source>
        <translation>The period a month earlier</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="137"/>
        <source>The period a month later</source>
        <translation>The period a month later</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="138"/>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="139"/>
        <source>Save the expectation typed in a chart&apos;s table</source>
        <translation>Save the expectation typed in a chart&apos;s table</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="153"/>
        <source>In “%1”: %2</source>
        <translation>In “%1”: %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="164"/>
        <location filename="../../ips_desktop/ui/shell/help.py" line="166"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="173"/>
        <source>In supervision</source>
        <translation>In supervision</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="174"/>
        <source>In the team overview</source>
        <translation>In the team overview</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="175"/>
        <source>Drag over empty time (or double-click it) to make an event there; drag an event to move it, its lower edge to make it longer or shorter.</source>
        <translation>Drag over empty time (or double-click it) to make an event there; drag an event to move it, its lower edge to make it longer or shorter.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="178"/>
        <source>The window locks itself when you leave it; the password opens it again. Everything you have not saved is kept while it is locked.</source>
        <translation>The window locks itself when you leave it; the password opens it again. Everything you have not saved is kept while it is locked.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="180"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="181"/>
        <source>In a form</source>
        <translation>In a form</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/help.py" line="182"/>
        <source>In the calendar</source>
        <translation>In the calendar</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="195"/>
        <source>History of the answers</source>
        <translation>History of the answers</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="198"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="199"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="199"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="199"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="200"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="200"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_wizard_parts.py" line="210"/>
        <source>No answer has been changed yet.</source>
        <translation>No answer has been changed yet.</translation>
    </message>
</context>
<context>
    <name>HolidayQuestion</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="174"/>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="179"/>
        <source>%n occurrence(s) fall on public holidays: %1.</source>
        <translation>
            <numerusform>%n occurrence falls on a public holiday: %1.</numerusform>
            <numerusform>%n occurrences fall on public holidays: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="181"/>
        <source>Skip them? A skipped one can be put back later.</source>
        <translation>Skip them? A skipped one can be put back later.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="182"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="183"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Keep them</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="184"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HomeArea</name>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="210"/>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="210"/>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="231"/>
        <source>Overdue by the IPS rules</source>
        <translation>Overdue by the IPS rules</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="232"/>
        <source>The team&apos;s week</source>
        <translation>The team&apos;s week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="232"/>
        <source>Your week</source>
        <translation>Your week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="257"/>
        <location filename="../../ips_desktop/ui/home/area.py" line="319"/>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="257"/>
        <source>Open courses</source>
        <translation>Open courses</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="258"/>
        <source>Face-to-face employer contacts this week</source>
        <translation>Face-to-face employer contacts this week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="259"/>
        <source>Presence days in psychiatry this month</source>
        <translation>Presence days in psychiatry this month</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="260"/>
        <source>Follow-ups due in the team</source>
        <translation>Follow-ups due in the team</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="261"/>
        <source>Your follow-ups that are due</source>
        <translation>Your follow-ups that are due</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="275"/>
        <source>Reference: %1 face-to-face contacts a week for each consultant</source>
        <translation>Reference: %1 face-to-face contacts a week for each consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="279"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="281"/>
        <source>%1 (over capacity)</source>
        <translation>%1 (over capacity)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/home/area.py" line="296"/>
        <source>%n consultant(s) over capacity</source>
        <translation>
            <numerusform>%n consultant over capacity</numerusform>
            <numerusform>%n consultants over capacity</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="318"/>
        <source>Per consultant</source>
        <translation>Per consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="319"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="319"/>
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="320"/>
        <source>Presence days</source>
        <translation>Presence days</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="320"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="320"/>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="331"/>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="346"/>
        <source>Courses late on at least one IPS rule</source>
        <translation>Courses late on at least one IPS rule</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="354"/>
        <source>Implementation plan: deadlines passed</source>
        <translation>Implementation plan: deadlines passed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="357"/>
        <source>%1 – deadline %2</source>
        <translation>%1 – deadline %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="364"/>
        <source>Open the implementation plan at this agreement</source>
        <translation>Open the implementation plan at this agreement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/home/area.py" line="373"/>
        <source>%n person(s) are due for erasure</source>
        <translation>
            <numerusform>%n person is due for erasure</numerusform>
            <numerusform>%n people are due for erasure</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="378"/>
        <source>Every course of theirs ended more than the retention period ago: open the list to erase them</source>
        <translation>Every course of theirs ended more than the retention period ago: open the list to erase them</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="262"/>
        <source>Follow-ups that are due</source>
        <translation>Follow-ups that are due</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="269"/>
        <source>Open the participant list</source>
        <translation>Open the participant list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="273"/>
        <source>The employer contact log comes in a later version.</source>
        <translation>The employer contact log comes in a later version.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/home/area.py" line="271"/>
        <source>Your follow-ups with employers, due today or earlier</source>
        <translation>Your follow-ups with employers, due today or earlier</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="60"/>
        <source>Export calendar to Outlook (.ics)</source>
        <translation>Export calendar to Outlook (.ics)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="64"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="67"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="69"/>
        <source>Consultant</source>
        <translation>Employment specialist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="70"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="75"/>
        <source>Only presence days in psychiatry</source>
        <translation>Only presence days in psychiatry</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="76"/>
        <source>Include names (titles, notes and places)</source>
        <translation>Include names (titles, notes and places)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="80"/>
        <source>About names</source>
        <translation>About names</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="85"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="87"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="89"/>
        <source>&amp;Consultant</source>
        <translation>Employment &amp;specialist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="93"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="116"/>
        <source>The file leaves the encrypted database. With names, the events&apos; titles, notes and places go into it as they are, and they may name participants: keep the file where only you can read it, and delete it after the import.</source>
        <translation>The file leaves the encrypted database. With names, the events&apos; titles, notes and places go into it as they are, and they may name participants: keep the file where only you can read it, and delete it after the import.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="122"/>
        <source>The file leaves the encrypted database, so no names go into it: each event is called by its kind, and its place is kept only when it names no one (a psychiatry unit, video).</source>
        <translation>The file leaves the encrypted database, so no names go into it: each event is called by its kind, and its place is kept only when it names no one (a psychiatry unit, video).</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="134"/>
        <source>Type a date, e.g. 1.12.2026.</source>
        <translation>Type a date, e.g. 1.12.2026.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="138"/>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="171"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="171"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="180"/>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="183"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/export_dialog.py" line="184"/>
        <source>The file could not be saved in %1:</source>
        <translation>The file could not be saved in %1:</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="112"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="114"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="114"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="134"/>
        <source>Job search began: %1</source>
        <translation>Job search began: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="135"/>
        <source>No employer contact for them yet: the job search has not begun.</source>
        <translation>No employer contact for them yet: the job search has not begun.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="188"/>
        <source>&amp;Log employer contact…</source>
        <translation>&amp;Log employer contact…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="189"/>
        <source>&amp;Record job or education…</source>
        <translation>&amp;Record job or education…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="190"/>
        <source>En&amp;d…</source>
        <translation>En&amp;d…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="191"/>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="196"/>
        <source>Jobs and educations</source>
        <translation>Jobs and educations</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="192"/>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="201"/>
        <source>Employers contacted for them</source>
        <translation>Employers contacted for them</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="194"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="194"/>
        <source>Title or programme</source>
        <translation>Title or programme</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="194"/>
        <source>Employer or school</source>
        <translation>Employer or school</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="195"/>
        <source>Ordinary terms</source>
        <translation>Ordinary terms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="198"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="198"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="199"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="197"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="200"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/jobs_tab.py" line="200"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="152"/>
        <source>Language and start</source>
        <translation>Language and start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="153"/>
        <source>IPS Desktop keeps your caseload encrypted on this computer.</source>
        <translation>IPS Desktop keeps your caseload encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="154"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="155"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="156"/>
        <source>Set up my &amp;database</source>
        <translation>Set up my &amp;database</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="157"/>
        <source>Open a d&amp;emo database with made-up participants (marked DEMO)</source>
        <translation>Open a d&amp;emo database with made-up participants (marked DEMO)</translation>
    </message>
</context>
<context>
    <name>ListPrintout</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="53"/>
        <source>Participant list</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="62"/>
        <source>No participants match this filter.</source>
        <translation>No participants match this filter.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="63"/>
        <source>What clears an overdue item</source>
        <translation>What clears an overdue item</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="71"/>
        <source>Participants of %1</source>
        <translation>Participants of %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="79"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="82"/>
        <source>only overdue</source>
        <translation>only overdue</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="84"/>
        <source>ended courses included</source>
        <translation>ended courses included</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="87"/>
        <source>search: “%1”</source>
        <translation>search: “%1”</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="91"/>
        <source>sorted by %1, ascending</source>
        <translation>sorted by %1, ascending</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="93"/>
        <source>sorted by %1, descending</source>
        <translation>sorted by %1, descending</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/list_printout.py" line="95"/>
        <source>%1 of %2 participants</source>
        <translation>%1 of %2 participants</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="70"/>
        <source>IPS Desktop is locked</source>
        <translation>IPS Desktop is locked</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="68"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="69"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="70"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="71"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="72"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="73"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="74"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="75"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="76"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="77"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="243"/>
        <source>%1, done</source>
        <translation>%1, done</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_model.py" line="250"/>
        <source>%1, due</source>
        <translation>%1, due</translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="58"/>
        <source>Export the log</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="59"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="68"/>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="71"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_output.py" line="72"/>
        <source>The file could not be saved in %1:</source>
        <translation>The file could not be saved in %1:</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="195"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="428"/>
        <source>All consultants</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="196"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="429"/>
        <source>My contacts</source>
        <translation>My contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="326"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="389"/>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="395"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="396"/>
        <source>The week before</source>
        <translation>The week before</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="397"/>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="398"/>
        <source>The week after</source>
        <translation>The week after</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="399"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="400"/>
        <source>All weeks</source>
        <translation>All weeks</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="401"/>
        <source>Search employer, person, participant, text</source>
        <translation>Search employer, person, participant, text</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="402"/>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="403"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="404"/>
        <source>Only this employer</source>
        <translation>Only this employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="405"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="406"/>
        <source>Only this participant</source>
        <translation>Only this participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="407"/>
        <source>Due follow-ups</source>
        <translation>Due follow-ups</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="408"/>
        <source>Log contact…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="409"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="410"/>
        <source>Save the contacts shown as a spreadsheet (.xlsx)</source>
        <translation>Save the contacts shown as a spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="411"/>
        <source>Print week…</source>
        <translation>Print week…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="412"/>
        <source>The week&apos;s log for the team meeting (PDF)</source>
        <translation>The week&apos;s log for the team meeting (PDF)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="416"/>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/log_view.py" line="418"/>
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="225"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="226"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="227"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="228"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="229"/>
        <source>Log employer &amp;contact…</source>
        <translation>Log employer &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="230"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="231"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="232"/>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="233"/>
        <source>New database &amp;key…</source>
        <translation>New database &amp;key…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="234"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="235"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="236"/>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="240"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="237"/>
        <source>&amp;About IPS Desktop</source>
        <translation>&amp;About IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="238"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="239"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="241"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="258"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="264"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="264"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="378"/>
        <source>The employer contact is saved.</source>
        <translation>The employer contact is saved.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/main_window.py" line="421"/>
        <source>A backup is being made; try again in a moment.</source>
        <translation>A backup is being made; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="106"/>
        <source>Joint start-up meeting held %1</source>
        <translation>Joint start-up meeting held %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="111"/>
        <source>Joint start-up meeting not held: recommended for every new participant</source>
        <translation>Joint start-up meeting not held: recommended for every new participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="114"/>
        <source>Joint start-up meeting</source>
        <translation>Joint start-up meeting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="118"/>
        <source>Next meetings:</source>
        <translation>Next meetings:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="120"/>
        <source>No meetings booked.</source>
        <translation>No meetings booked.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="122"/>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="125"/>
        <source>&amp;Book meeting…</source>
        <translation>Book &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/meetings.py" line="126"/>
        <source>A meeting with the participant in the calendar</source>
        <translation>A meeting with the participant in the calendar</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="49"/>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="157"/>
        <source>Merge employers</source>
        <translation>Merge employers</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="52"/>
        <source>Merge “%1” with another employer that is the same business. The contacts, contact people, openings and jobs of the one merged away move to the one kept, and its details fill the kept one&apos;s empty fields. A merge cannot be undone.</source>
        <translation>Merge “%1” with another employer that is the same business. The contacts, contact people, job openings and jobs of the one merged away move to the one kept, and its details fill the kept one&apos;s empty fields. A merge cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="59"/>
        <source>Type the other employer&apos;s name or CVR number</source>
        <translation>Type the other employer&apos;s name or CVR number</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="60"/>
        <source>Find the other employer</source>
        <translation>Find the other employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="64"/>
        <source>Employers found</source>
        <translation>Employers found</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="76"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="80"/>
        <source>&amp;Other employer:</source>
        <translation>&amp;Other employer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="82"/>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="116"/>
        <source>Registered with the same name or CVR number:</source>
        <translation>Registered with the same name or CVR number:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="117"/>
        <source>No other employer has the same name or CVR number; type to find one.</source>
        <translation>No other employer has the same name or CVR number; type to find one.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="120"/>
        <source>No employer found.</source>
        <translation>No employer found.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="132"/>
        <source>“%1” (this page)</source>
        <translation>“%1” (this page)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="133"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="134"/>
        <source>the other employer</source>
        <translation>the other employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="158"/>
        <source>Merge “%1” into “%2”?</source>
        <translation>Merge “%1” into “%2”?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="161"/>
        <source>“%1” is then no longer in the register; everything registered with it moves to “%2”. This cannot be undone.</source>
        <translation>“%1” is then no longer in the register; everything registered with it moves to “%2”. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="165"/>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/merge_dialog.py" line="166"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="58"/>
        <source>The same person registered twice?</source>
        <translation>The same person registered twice?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="65"/>
        <source>Two computers registered a person with the same national ID number. Merging keeps one record, moves the other&apos;s courses to it and fills in what it lacks.</source>
        <translation>Two computers registered a person with the same national ID number. Merging keeps one record, moves the other&apos;s courses to it and fills in what it lacks.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="74"/>
        <source>Waiting record</source>
        <translation>Waiting record</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="74"/>
        <source>On the team</source>
        <translation>On the team</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="83"/>
        <source>Not the same person: keep both</source>
        <translation>Not the same person: keep both</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/message_bar.py" line="56"/>
        <location filename="../../ips_desktop/ui/widgets/message_bar.py" line="57"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="63"/>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="72"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="134"/>
        <source>Supervision note: choose a participant in the list</source>
        <translation>Supervision note: choose a participant in the list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="136"/>
        <source>Supervision note: %1</source>
        <translation>Supervision note: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="140"/>
        <source>Supervision note</source>
        <translation>Supervision note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="142"/>
        <source>What the group agreed; the consultant sees it on the participant&apos;s page</source>
        <translation>What the group agreed; the employment specialist sees it on the participant&apos;s page</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/note_editor.py" line="143"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="117"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="120"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/notes.py" line="124"/>
        <source>&amp;Save contact</source>
        <translation>&amp;Save contact</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="32"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="33"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="34"/>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="35"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="36"/>
        <source>With clinician</source>
        <translation>With clinician</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="37"/>
        <source>Joint start-up meeting</source>
        <translation>Joint start-up meeting</translation>
    </message>
</context>
<context>
    <name>NotePlace</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="43"/>
        <source>In the community</source>
        <translation>In the community</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="44"/>
        <source>At the employer</source>
        <translation>At the employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="45"/>
        <source>By video</source>
        <translation>By video</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="46"/>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="47"/>
        <source>Psychiatry</source>
        <translation>Psychiatry</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="75"/>
        <source>Job opening</source>
        <translation>Job opening</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="75"/>
        <source>New job opening</source>
        <translation>New job opening</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="80"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="81"/>
        <source>Type the name, choose from the list</source>
        <translation>Type the name, choose from the list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="84"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="86"/>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="90"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="92"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="98"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="102"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="106"/>
        <source>Add a candidate</source>
        <translation>Add a candidate</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="107"/>
        <source>Type a name to add a candidate</source>
        <translation>Type a name to add a candidate</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="116"/>
        <source>Suggestions from career profiles</source>
        <translation>Suggestions from career profiles</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="130"/>
        <source>&amp;Employer:</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="131"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="132"/>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="133"/>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="134"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="135"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="136"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="140"/>
        <source>&amp;Candidates:</source>
        <translation>&amp;Candidates:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="142"/>
        <source>Su&amp;ggested (career profile):</source>
        <translation>Su&amp;ggested (career profile):</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="145"/>
        <source>Participants whose career profile (dream job or job wanted now) shares a word with the title. Enter adds one as a candidate.</source>
        <translation>Participants whose career profile (dream job or job wanted now) shares a word with the title. Enter adds one as a candidate.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/opening_dialog.py" line="153"/>
        <source>&amp;Placement from this opening…</source>
        <translation>&amp;Placement from this job opening…</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="38"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="39"/>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="40"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>OpeningsModel</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="73"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="74"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="75"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="76"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="77"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="78"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="80"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="81"/>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="144"/>
        <source>%1 (passed)</source>
        <translation>%1 (passed)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="162"/>
        <source>The deadline has passed: close the opening, or ask the employer whether it is still open.</source>
        <translation>The deadline has passed: close the job opening, or ask the employer whether it is still open.</translation>
    </message>
</context>
<context>
    <name>OpeningsView</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="258"/>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="349"/>
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n job opening</numerusform>
            <numerusform>%n job openings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="332"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="336"/>
        <source>Open openings</source>
        <translation>Open job openings</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="337"/>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="338"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="339"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="344"/>
        <source>&amp;New opening…</source>
        <translation>&amp;New job opening…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="345"/>
        <source>&amp;Placement from this opening…</source>
        <translation>&amp;Placement from this job opening…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/openings_view.py" line="346"/>
        <source>Job openings</source>
        <translation>Job openings</translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/area.py" line="259"/>
        <source>Team overview</source>
        <translation>Team overview</translation>
    </message>
</context>
<context>
    <name>OverviewOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="74"/>
        <source>Team overview, %1–%2</source>
        <translation>Team overview, %1–%2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="101"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="105"/>
        <source>Export the team overview</source>
        <translation>Export the team overview</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="134"/>
        <location filename="../../ips_desktop/ui/overview/output.py" line="137"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/output.py" line="138"/>
        <source>The file could not be saved in %1:</source>
        <translation>The file could not be saved in %1:</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="73"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="74"/>
        <source>Fidelity</source>
        <translation>Fidelity</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="75"/>
        <source>Implementation plan</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/tabs.py" line="76"/>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
</context>
<context>
    <name>OverviewToolbar</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="165"/>
        <source>The whole team</source>
        <translation>The whole team</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="170"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="171"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="172"/>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="173"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="174"/>
        <source>Move the period a month: %1 and %2</source>
        <translation>Move the period a month: %1 and %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="178"/>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="179"/>
        <source>The last 12 months (%1)</source>
        <translation>The last 12 months (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="181"/>
        <source>24 months</source>
        <translation>24 months</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="182"/>
        <source>The last 24 months</source>
        <translation>The last 24 months</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="183"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="184"/>
        <source>Whose figures</source>
        <translation>Whose figures</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="186"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="188"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="189"/>
        <source>Period report…</source>
        <translation>Period report…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/toolbar.py" line="191"/>
        <source>The courses started and ended in the months shown, for the municipal case system (IPS STAR), and the quarterly figures</source>
        <translation>The courses started and ended in the months shown, for the municipal case system (IPS STAR), and the quarterly figures</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="71"/>
        <source>%n day(s) in IPS</source>
        <translation>
            <numerusform>%n day in IPS</numerusform>
            <numerusform>%n days in IPS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="72"/>
        <source>consultant %1</source>
        <translation>consultant %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="74"/>
        <source>last contact %1</source>
        <translation>last contact %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="77"/>
        <source>job search began %1</source>
        <translation>job search began %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="80"/>
        <source>ended %1: %2</source>
        <translation>ended %1: %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="93"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="96"/>
        <source>Other courses: %1</source>
        <translation>Other courses: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="101"/>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="102"/>
        <source>Change &amp;phase…</source>
        <translation>Change &amp;phase…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="103"/>
        <source>&amp;End course…</source>
        <translation>&amp;End course…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="104"/>
        <source>&amp;Print referral…</source>
        <translation>&amp;Print referral…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page_header.py" line="105"/>
        <source>Start a &amp;new course…</source>
        <translation>Start a &amp;new course…</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="191"/>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="247"/>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="247"/>
        <source>Referral received</source>
        <translation>Referral received</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="248"/>
        <source>First meeting</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="248"/>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="249"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="250"/>
        <source>Form begun</source>
        <translation>Form begun</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="250"/>
        <source>Form completed</source>
        <translation>Form completed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="251"/>
        <source>Employer contact</source>
        <translation>Employer contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="252"/>
        <source>Started job or education</source>
        <translation>Started job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="253"/>
        <source>Job or education ended</source>
        <translation>Job or education ended</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="254"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="254"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="197"/>
        <source>Career profile</source>
        <translation>Career profile</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="198"/>
        <source>Employment plan</source>
        <translation>Employment plan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="306"/>
        <source>First meeting set to %1 from this contact.</source>
        <translation>First meeting set to %1 from this contact.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="309"/>
        <source>The phase is now %1.</source>
        <translation>The phase is now %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="311"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="320"/>
        <source>The first meeting is no longer set.</source>
        <translation>The first meeting is no longer set.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="321"/>
        <source>The first-meeting date was changed since, so it was left as it is.</source>
        <translation>The first-meeting date was changed since, so it was left as it is.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="452"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="347"/>
        <location filename="../../ips_desktop/ui/participants/page.py" line="452"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="452"/>
        <location filename="../../ips_desktop/ui/participants/page.py" line="461"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="453"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="454"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="457"/>
        <location filename="../../ips_desktop/ui/participants/page.py" line="459"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="457"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="457"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="458"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="459"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="459"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/page.py" line="460"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ParticipantsArea</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="312"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="444"/>
        <source>Search name, CPR or phone (Ctrl+F)</source>
        <translation>Search name, CPR or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="446"/>
        <source>Search participants</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="241"/>
        <source>My participants</source>
        <translation>My participants</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="242"/>
        <source>All participants</source>
        <translation>All participants</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="416"/>
        <source>Participant list</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="448"/>
        <source>Whose participants</source>
        <translation>Whose participants</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="452"/>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="457"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="458"/>
        <source>Only &amp;overdue</source>
        <translation>Only &amp;overdue</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="459"/>
        <source>Show &amp;ended</source>
        <translation>Show &amp;ended</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="460"/>
        <source>&amp;Blank referral form…</source>
        <translation>&amp;Blank referral form…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="461"/>
        <source>Print &amp;blank referral form…</source>
        <translation>Print &amp;blank referral form…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/area.py" line="462"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="205"/>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="206"/>
        <source>&amp;Create database</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="208"/>
        <source>Choose the password you will type every time IPS Desktop starts or is locked. If you forget it, the recovery key on the next page opens the database.</source>
        <translation>Choose the password you will type every time IPS Desktop starts or is locked. If you forget it, the recovery key on the next page opens the database.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="210"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="211"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="212"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="213"/>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="214"/>
        <source>Repeat password: problem</source>
        <translation>Repeat password: problem</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="225"/>
        <source>This computer has no secure password store that IPS Desktop can use, and your IT department does not allow a database protected by the password alone. Contact your IT department.</source>
        <translation>This computer has no secure password store that IPS Desktop can use, and your IT department does not allow a database protected by the password alone. Contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="228"/>
        <source>This computer has no secure password store that IPS Desktop can use, so the database is protected by your password alone. Choose a long one.</source>
        <translation>This computer has no secure password store that IPS Desktop can use, so the database is protected by your password alone. Choose a long one.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="244"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="57"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="60"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="61"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="62"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="124"/>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="136"/>
        <source>Wrong password. Please try again.</source>
        <translation>Wrong password. Please try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="141"/>
        <source>Wrong password. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong password. You can try again in %n second.</numerusform>
            <numerusform>Wrong password. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="70"/>
        <source>Checking the password</source>
        <translation>Checking the password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/password_prompt.py" line="98"/>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>PeriodOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/period_output.py" line="55"/>
        <source>Period report, %1–%2</source>
        <translation>Period report, %1–%2</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="33"/>
        <source>National ID number</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="34"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="34"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="35"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="39"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/merge_panel.py" line="40"/>
        <source>Keep this record and merge</source>
        <translation>Keep this record and merge</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="21"/>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="22"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="23"/>
        <source>Job search</source>
        <translation>Job search</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="24"/>
        <source>In job or education</source>
        <translation>In job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="25"/>
        <source>Follow-along support</source>
        <translation>Follow-along support</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/texts.py" line="26"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="58"/>
        <source>Change phase</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="63"/>
        <source>Current phase:</source>
        <translation>Current phase:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="65"/>
        <source>New phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="70"/>
        <source>&amp;New phase:</source>
        <translation>&amp;New phase:</translation>
    </message>
</context>
<context>
    <name>PlaceField</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="170"/>
        <source>A psychiatric unit, video or an address</source>
        <translation>A psychiatric unit, video or an address</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="171"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="192"/>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="202"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="218"/>
        <source>Add «%1» to the team&apos;s psychiatric units</source>
        <translation>Add “%1” to the team&apos;s psychiatric units</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="222"/>
        <source>Record job or education</source>
        <translation>Record job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="226"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="227"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="231"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="236"/>
        <source>Job title or programme</source>
        <translation>Job title or programme</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="238"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="239"/>
        <source>Type the name, choose from the list</source>
        <translation>Type the name, choose from the list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="244"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="246"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="248"/>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="250"/>
        <source>On &amp;ordinary terms</source>
        <translation>On &amp;ordinary terms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="253"/>
        <source>Clear it for a wage-subsidy or sheltered job: it is recorded, but IPS does not count it.</source>
        <translation>Clear it for a wage-subsidy or sheltered job: it is recorded, but IPS does not count it.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="257"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="258"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="259"/>
        <source>&amp;Title or programme:</source>
        <translation>&amp;Title or programme:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="260"/>
        <source>&amp;Employer:</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="261"/>
        <source>or &amp;school:</source>
        <translation>or &amp;school:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="262"/>
        <source>Start &amp;date:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="263"/>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="305"/>
        <source>The start is recorded. Move the course to “%1” now?</source>
        <translation>The start is recorded. Move the course to “%1” now?</translation>
    </message>
</context>
<context>
    <name>PlacementEndDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="315"/>
        <source>End job or education</source>
        <translation>End job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="320"/>
        <source>%1 at %2, since %3</source>
        <translation>%1 at %2, since %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="327"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="329"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="330"/>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="333"/>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="334"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="351"/>
        <source>The end is recorded. Move the course on now?</source>
        <translation>The end is recorded. Move the course on now?</translation>
    </message>
</context>
<context>
    <name>PlacementEndReason</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="24"/>
        <source>Left of their own accord</source>
        <translation>Left of their own accord</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="26"/>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="28"/>
        <source>A temporary job ended</source>
        <translation>A temporary job ended</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="30"/>
        <source>Education completed</source>
        <translation>Education completed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="32"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PlacementKind</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="17"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_texts.py" line="18"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="206"/>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="396"/>
        <source>Implementation plan</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="245"/>
        <source>done %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="249"/>
        <source>%1 – deadline passed</source>
        <translation>%1 – deadline passed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="290"/>
        <source>%1 (the plan&apos;s suggestion)</source>
        <translation>%1 (the plan&apos;s suggestion)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="332"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="394"/>
        <source>Agreement and action</source>
        <translation>Agreement and action</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="394"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="395"/>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="400"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="397"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="398"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="399"/>
        <source>Responsible (a named person)</source>
        <translation>Responsible (a named person)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="401"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/plan_tab.py" line="402"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PolicyNote</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/policy_lock.py" line="24"/>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/policy_lock.py" line="25"/>
        <source>At most %1 min: set by your IT department</source>
        <translation>At most %1 min: set by your IT department</translation>
    </message>
</context>
<context>
    <name>PreparingDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="346"/>
        <source>Preparing the printout…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="348"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="153"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="154"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="155"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="156"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="157"/>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="158"/>
        <source>Whole &amp;page</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="159"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="160"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="161"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="189"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="238"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="304"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="218"/>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="254"/>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="219"/>
        <source>This document can only be printed on paper.</source>
        <translation>This document can only be printed on paper.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="163"/>
        <source>Some characters cannot be printed and will be missing from the printout (a script the printout has no font for), in: %1</source>
        <translation>Some characters cannot be printed and will be missing from the printout (a script the printout has no font for), in: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="255"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="284"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="285"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="295"/>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="298"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/print_preview.py" line="299"/>
        <source>The PDF could not be saved in %1:</source>
        <translation>The PDF could not be saved in %1:</translation>
    </message>
</context>
<context>
    <name>PrivacyArea</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/area.py" line="116"/>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/privacy_menu.py" line="47"/>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/privacy_menu.py" line="62"/>
        <source>Access copy for the person…</source>
        <translation>Access copy for the person…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/privacy_menu.py" line="77"/>
        <source>Erase the person completely…</source>
        <translation>Erase the person completely…</translation>
    </message>
</context>
<context>
    <name>PrivacyTabs</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/tabs.py" line="64"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/tabs.py" line="65"/>
        <source>Erasure due</source>
        <translation>Erasure due</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="62"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="81"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="82"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="83"/>
        <source>&amp;FTE (full time = 1.0):</source>
        <translation>F&amp;TE (full time = 1.0):</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="91"/>
        <source>Everything you change is recorded under your initials. Your FTE sets how many participants your caseload can hold (FTE × 25).</source>
        <translation>Everything you change is recorded under your initials. Your FTE sets how many participants your caseload can hold (FTE × 25).</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="37"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="39"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="40"/>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="44"/>
        <source>&amp;Open with recovery key</source>
        <translation>&amp;Open with recovery key</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="46"/>
        <source>Type the recovery key from the sheet you kept when the database was created, and choose a new password.</source>
        <translation>Type the recovery key from the sheet you kept when the database was created, and choose a new password.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="50"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="51"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="53"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_form.py" line="66"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="47"/>
        <source>Write this key down or print it, and keep the sheet locked away. With it the database opens on a new computer or when the password is forgotten. It is shown only now.</source>
        <translation>Write this key down or print it, and keep the sheet locked away. With it the database opens on a new computer or when the password is forgotten. It is shown only now.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="50"/>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="64"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="51"/>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Print the recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/recovery_key_view.py" line="52"/>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>I have &amp;written down or printed the recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="314"/>
        <source>Your database has been created. Keep its recovery key.</source>
        <translation>Your database has been created. Keep its recovery key.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="316"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="318"/>
        <source>The secure password store on this computer is locked or would not keep the key, so the database is protected by your password alone.</source>
        <translation>The secure password store on this computer is locked or would not keep the key, so the database is protected by your password alone.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="322"/>
        <source>Why Cancel is not available</source>
        <translation>Why Cancel is not available</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="324"/>
        <source>The demo database has been created, so setting up can no longer be cancelled. Keep the recovery key, then press Finish.</source>
        <translation>The demo database has been created, so setting up can no longer be cancelled. Keep the recovery key, then press Finish.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="326"/>
        <source>The database has been created, so setting up can no longer be cancelled. Keep the recovery key, then fill in your profile on the next page.</source>
        <translation>The database has been created, so setting up can no longer be cancelled. Keep the recovery key, then fill in your profile on the next page.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/first_run.py" line="313"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="46"/>
        <source>1st</source>
        <translation>1st</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="47"/>
        <source>2nd</source>
        <translation>2nd</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="48"/>
        <source>3rd</source>
        <translation>3rd</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="49"/>
        <source>4th</source>
        <translation>4th</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="50"/>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="56"/>
        <source>Monthly: the %1 %2</source>
        <translation>Monthly: the %1 %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="63"/>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="113"/>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="66"/>
        <source>Every %1 from %2</source>
        <translation>Every %1 from %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="68"/>
        <source>Every 2nd week on %1s from %2</source>
        <translation>Every other week on %1s from %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="71"/>
        <source>The %1 of the month from %2</source>
        <translation>The %1 of the month from %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="74"/>
        <source>, no end date</source>
        <translation>, no end date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="75"/>
        <source>, until %1</source>
        <translation>, until %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="114"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="115"/>
        <source>Every other week</source>
        <translation>Every other week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="119"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="120"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="122"/>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_recurrence.py" line="124"/>
        <source>Repeats until</source>
        <translation>Repeats until</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_dialog.py" line="35"/>
        <source>No consent date yet: the referral can be saved, but get the person&apos;s consent before information is shared between psychiatry and jobcenter.</source>
        <translation>No consent date yet: the referral can be saved, but get the person&apos;s consent before information is shared between psychiatry and jobcenter.</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="64"/>
        <source>These answers were given on version %1 of the form; they are shown with today&apos;s version %2. Answers to questions that were removed are kept.</source>
        <translation>These answers were given on version %1 of the form; they are shown with today&apos;s version %2. Answers to questions that were removed are kept.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="77"/>
        <source>&amp;Save referral</source>
        <translation>&amp;Save referral</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="144"/>
        <source>Not saved: see the messages at the fields.</source>
        <translation>Not saved: see the messages at the fields.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/referral_view.py" line="138"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="48"/>
        <source>New database key</source>
        <translation>New database key</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="51"/>
        <source>The database is encrypted again under a new key, and you get a new recovery key. The old recovery key and any copy of the old key file stop working. Older backups still open only with the old recovery key.</source>
        <translation>The database is encrypted again under a new key, and you get a new recovery key. The old recovery key and any copy of the old key file stop working. Older backups still open only with the old recovery key.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="56"/>
        <source>A new key was being made when IPS Desktop stopped. It is in use now, but its recovery key was never shown, so the recovery key you have no longer opens the database. Make a new key now to get a recovery key.</source>
        <translation>A new key was being made when IPS Desktop stopped. It is in use now, but its recovery key was never shown, so the recovery key you have no longer opens the database. Make a new key now to get a recovery key.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="61"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="64"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="69"/>
        <source>&amp;Encrypt with a new key</source>
        <translation>&amp;Encrypt with a new key</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="90"/>
        <source>Done. Older backups still open only with the old recovery key: keep the old sheet with them, or take a new backup.</source>
        <translation>Done. Older backups still open only with the old recovery key: keep the old sheet with them, or take a new backup.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="93"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="141"/>
        <source>Wrong password. Please try again.</source>
        <translation>Wrong password. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/rekey_dialog.py" line="146"/>
        <source>The new key could not be made; the data are safe under the key they had. The log has the details.</source>
        <translation>The new key could not be made; the data are safe under the key they had. The log has the details.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="58"/>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="240"/>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="262"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="61"/>
        <source>Backups in %1</source>
        <translation>Backups in %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="65"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="66"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="66"/>
        <source>Employer contacts</source>
        <translation>Employer contacts</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="66"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="73"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="75"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="79"/>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="86"/>
        <source>The current database is kept in the data directory&apos;s kept folder. After the restore IPS Desktop closes; start it again to work on the restored data.</source>
        <translation>The current database is kept in the data directory&apos;s kept folder. After the restore IPS Desktop closes; start it again to work on the restored data.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="91"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="96"/>
        <source>Your app &amp;password:</source>
        <translation>Your app &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="123"/>
        <source>%1 %2 at %3</source>
        <comment>weekday, date, time of a backup</comment>
        <translation>%1 %2 at %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="169"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="175"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="176"/>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="217"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="241"/>
        <source>Replace the database with the backup from %1? The current database is kept, and IPS Desktop closes after the restore.</source>
        <translation>Replace the database with the backup from %1? The current database is kept, and IPS Desktop closes after the restore.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="248"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="265"/>
        <source>IPS Desktop closes now; start it again.</source>
        <translation>IPS Desktop closes now; start it again.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/restore_dialog.py" line="269"/>
        <source>The database was restored. The previous database is kept in %1.

IPS Desktop closes now; start it again to unlock the restored data.</source>
        <translation>The database was restored. The previous database is kept in %1.

IPS Desktop closes now; start it again to unlock the restored data.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="202"/>
        <source>Enter opens the person&apos;s page (an access copy can be exported there first)</source>
        <translation>Enter opens the person&apos;s page (an access copy can be exported there first)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="219"/>
        <source>Nobody is due for erasure.</source>
        <translation>Nobody is due for erasure.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="252"/>
        <source>Erase the ticked…</source>
        <translation>Erase the ticked…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="253"/>
        <source>Erase the %n ticked…</source>
        <translation>
            <numerusform>Erase the ticked one…</numerusform>
            <numerusform>Erase the %n ticked…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="257"/>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="257"/>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="277"/>
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n person erased.</numerusform>
            <numerusform>%n people erased.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="279"/>
        <source>The file was busy: its freed space is overwritten at the next unlock.</source>
        <translation>The file was busy: its freed space is overwritten at the next unlock.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="302"/>
        <source>&amp;Retention period:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="303"/>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="220"/>
        <source>%n person(s) are due for erasure: every course of theirs ended more than %1 ago.</source>
        <translation>
            <numerusform>%n person is due for erasure: every course of theirs ended more than %1 ago.</numerusform>
            <numerusform>%n people are due for erasure: every course of theirs ended more than %1 ago.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="216"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="224"/>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="228"/>
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="295"/>
        <source>Retention period saved: %1.</source>
        <translation>Retention period saved: %1.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="305"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="307"/>
        <source>People all of whose courses ended more than the retention period ago. Nobody is erased until you tick them and confirm with the app password. Enter opens the person&apos;s page, where an access copy can be exported first.</source>
        <translation>People all of whose courses ended more than the retention period ago. Nobody is erased until you tick them and confirm with the app password. Enter opens the person&apos;s page, where an access copy can be exported first.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="310"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="310"/>
        <source>CPR number</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="311"/>
        <source>Last course ended</source>
        <translation>Last course ended</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="311"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="312"/>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="313"/>
        <source>People due for erasure</source>
        <translation>People due for erasure</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/privacy/retention_tab.py" line="314"/>
        <source>Erase the ticked</source>
        <translation>Erase the ticked</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="113"/>
        <source>Mark the plan as reviewed</source>
        <translation>Mark the plan as reviewed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="116"/>
        <source>Date of the review</source>
        <translation>Date of the review</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/form_tab.py" line="117"/>
        <source>Date of the &amp;review</source>
        <translation>Date of the &amp;review</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_review_panel.py" line="98"/>
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_review_panel.py" line="123"/>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/fidelity_review_panel.py" line="124"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="33"/>
        <source>Repeating event</source>
        <translation>Repeating event</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="35"/>
        <source>This is one occurrence of a repeating event. Which occurrences?</source>
        <translation>This is one occurrence of a repeating event. Which occurrences?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="40"/>
        <source>&amp;Only this occurrence</source>
        <translation>&amp;Only this occurrence</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="41"/>
        <source>This and all &amp;later ones</source>
        <translation>This and all &amp;later ones</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="42"/>
        <source>The &amp;whole series</source>
        <translation>The &amp;whole series</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_scope.py" line="55"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="119"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="132"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="149"/>
        <source>The forms folder in the data directory</source>
        <translation>The forms folder in the data directory</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="150"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="163"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="164"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lock after idle:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="165"/>
        <source>Default &amp;psychiatry unit:</source>
        <translation>Default &amp;psychiatry unit:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="166"/>
        <source>Working day &amp;starts:</source>
        <translation>Working day &amp;starts:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="167"/>
        <source>Working day &amp;ends:</source>
        <translation>Working day &amp;ends:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="175"/>
        <source>Municipality&apos;s &amp;forms:</source>
        <translation>Municipality&apos;s &amp;forms:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="177"/>
        <source>Municipality&apos;s forms folder</source>
        <translation>Municipality&apos;s forms folder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="180"/>
        <source>Make a verified &amp;backup every day</source>
        <translation>Make a verified &amp;backup every day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="185"/>
        <source>The backups folder in the data directory</source>
        <translation>The backups folder in the data directory</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="186"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="188"/>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="197"/>
        <source>Backup f&amp;older:</source>
        <translation>Backup f&amp;older:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="234"/>
        <source>Folder with form files</source>
        <translation>Folder with form files</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="240"/>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/settings_dialog.py" line="247"/>
        <source>The working day must end after it starts.</source>
        <translation>The working day must end after it starts.</translation>
    </message>
</context>
<context>
    <name>SharingWarning</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="20"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="23"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="31"/>
        <source>The participant has withdrawn their consent. The referral holds their health data: share it with psychiatry only if the person agrees again.</source>
        <translation>The participant has withdrawn their consent. The referral holds their health data: share it with psychiatry only if the person agrees again.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="34"/>
        <source>No consent is recorded for the participant. Get their consent before the referral is shared with psychiatry.</source>
        <translation>No consent is recorded for the participant. Get their consent before the referral is shared with psychiatry.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="36"/>
        <source>&amp;Print anyway</source>
        <translation>&amp;Print anyway</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="40"/>
        <source>%n of the %1 people named in the file have withdrawn their consent or have not given it.</source>
        <translation>
            <numerusform>%n of the %1 people named in the file has withdrawn their consent or has not given it.</numerusform>
            <numerusform>%n of the %1 people named in the file have withdrawn their consent or have not given it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="43"/>
        <source>Withdrawn: %n.</source>
        <translation>
            <numerusform>Withdrawn: %n.</numerusform>
            <numerusform>Withdrawn: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="44"/>
        <source>Their names and the events&apos; notes go into the file all the same. Export without names instead, or go on?</source>
        <translation>Their names and the events&apos; notes go into the file all the same. Export without names instead, or go on?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/sharing_warning.py" line="46"/>
        <source>Export &amp;with names</source>
        <translation>Export &amp;with names</translation>
    </message>
</context>
<context>
    <name>SideBox</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="47"/>
        <source>Keep it deleted</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="48"/>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/conflict_panel.py" line="50"/>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
</context>
<context>
    <name>StaffingDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="59"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="65"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="67"/>
        <source>Consultant:</source>
        <translation>Consultant:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="68"/>
        <source>&amp;Last day in the team:</source>
        <translation>&amp;Last day in the team:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="69"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="74"/>
        <source>&amp;FTE for IPS:</source>
        <translation>&amp;FTE for IPS:</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="84"/>
        <source>The FTE counts from this day on; the months before keep the FTE they had.</source>
        <translation>The FTE counts from this day on; the months before keep the FTE they had.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="86"/>
        <source>The consultant&apos;s staffing ends on this day. Their courses stay theirs until they are moved to someone else.</source>
        <translation>The consultant&apos;s staffing ends on this day. Their courses stay theirs until they are moved to someone else.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="88"/>
        <source>The consultant is back in the team from this day.</source>
        <translation>The consultant is back in the team from this day.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="96"/>
        <source>New FTE from a date</source>
        <translation>New FTE from a date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="97"/>
        <source>Leaves the team</source>
        <translation>Leaves the team</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_dialog.py" line="98"/>
        <source>Back in the team</source>
        <translation>Back in the team</translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="109"/>
        <source>Left the team %1</source>
        <translation>Left the team %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="111"/>
        <source>In the team</source>
        <translation>In the team</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="111"/>
        <source>No staffing</source>
        <translation>No staffing</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="119"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="121"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="180"/>
        <source>Each consultant&apos;s real FTE for IPS, period by period: the FTE chart and the caseload size per FTE count these. A change counts from its day on.</source>
        <translation>Each consultant&apos;s real FTE for IPS, period by period: the FTE chart and the caseload size per FTE count these. A change counts from its day on.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="182"/>
        <source>Consultant and periods</source>
        <translation>Consultant and periods</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="182"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="184"/>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="185"/>
        <source>New FTE from a date…</source>
        <translation>New FTE from a date…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="186"/>
        <source>Leaves the team…</source>
        <translation>Leaves the team…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/overview/staffing_tab.py" line="187"/>
        <source>Back in the team…</source>
        <translation>Back in the team…</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="59"/>
        <source>Password strength</source>
        <translation>Password strength</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/shell/strength.py" line="77"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="83"/>
        <source>Weak: a longer password, or a few words, is safer.</source>
        <translation>Weak: a longer password, or a few words, is safer.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="84"/>
        <source>Fair.</source>
        <translation>Fair.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/strength.py" line="85"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>SupervisionArea</name>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/area.py" line="385"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/area.py" line="390"/>
        <source>Supervision list</source>
        <translation>Supervision list</translation>
    </message>
</context>
<context>
    <name>SupervisionCells</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="37"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="37"/>
        <source>Discussed</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="38"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="38"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="39"/>
        <source>Days in IPS</source>
        <translation>Days in IPS</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="39"/>
        <source>First meeting</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="40"/>
        <source>First employer contact</source>
        <translation>First employer contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="41"/>
        <source>Profile</source>
        <translation>Career profile</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="41"/>
        <source>Plan</source>
        <translation>Employment plan</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="42"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="42"/>
        <source>Job or education</source>
        <translation>Job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="43"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="43"/>
        <source>Supervision note</source>
        <translation>Supervision note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="54"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="62"/>
        <source>%1, due</source>
        <translation>%1, due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="66"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="70"/>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="79"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="72"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="73"/>
        <source>draft, %1 of %2</source>
        <translation>draft, %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="84"/>
        <source>review %1</source>
        <translation>review %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="90"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="92"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="94"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="96"/>
        <source>outreach due</source>
        <translation>outreach due</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="106"/>
        <source>%1 h/week</source>
        <translation>%1 h/week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="107"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="110"/>
        <source>not on ordinary terms</source>
        <translation>not on ordinary terms</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="117"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="118"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="126"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="128"/>
        <source>Consent missing</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="142"/>
        <source>discussed</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="149"/>
        <source>Courses without a consultant</source>
        <translation>Courses without an employment specialist</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="152"/>
        <source>caseload %1 of %2</source>
        <translation>caseload %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="155"/>
        <source>over capacity</source>
        <translation>over capacity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="159"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="161"/>
        <source>face-to-face %1 of %2</source>
        <translation>face-to-face %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="163"/>
        <source>%n presence day(s) this month</source>
        <translation>
            <numerusform>%n co-location day this month</numerusform>
            <numerusform>%n co-location days this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="164"/>
        <source>%n new referral(s)</source>
        <translation>
            <numerusform>%n new referral</numerusform>
            <numerusform>%n new referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="165"/>
        <source>%n start(s)</source>
        <translation>
            <numerusform>%n start</numerusform>
            <numerusform>%n starts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="167"/>
        <source>+%1 not on ordinary terms</source>
        <translation>+%1 not on ordinary terms</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="170"/>
        <source>%n end(s)</source>
        <translation>
            <numerusform>%n end</numerusform>
            <numerusform>%n ends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/supervision/cells.py" line="171"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionNotesView</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="107"/>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="112"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="117"/>
        <source>Notes from supervision, newest week first. They are the team&apos;s advice, not contacts with the participant.</source>
        <translation>Notes from supervision, newest week first. They are the team&apos;s advice, not contacts with the participant.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="119"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="119"/>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="120"/>
        <source>Discussed</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="120"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="121"/>
        <source>Notes from supervision</source>
        <translation>Notes from supervision</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/supervision_notes.py" line="122"/>
        <source>Supervision note</source>
        <translation>Supervision note</translation>
    </message>
</context>
<context>
    <name>SupervisionOutput</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="46"/>
        <source>Supervision list, %1</source>
        <translation>Supervision list, %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="69"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="70"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="74"/>
        <source>Export the supervision list</source>
        <translation>Export the supervision list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="100"/>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="103"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/output.py" line="104"/>
        <source>The file could not be saved in %1:</source>
        <translation>The file could not be saved in %1:</translation>
    </message>
</context>
<context>
    <name>SupervisionToolbar</name>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="138"/>
        <source>The whole team</source>
        <translation>The whole team</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="140"/>
        <source>My caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="151"/>
        <source>Only late on: %1</source>
        <translation>Only overdue: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="161"/>
        <source>Previous week (%1)</source>
        <translation>Previous week (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="163"/>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="164"/>
        <source>Next week (%1)</source>
        <translation>Next week (%1)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="165"/>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="166"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="168"/>
        <source>Choose a week</source>
        <translation>Choose a week</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="169"/>
        <source>Whose list</source>
        <translation>Whose list</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="172"/>
        <source>Show every course</source>
        <translation>Show every course</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="173"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/supervision/toolbar.py" line="175"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="22"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="23"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="24"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="25"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="26"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="27"/>
        <source>Plan review</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="28"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="29"/>
        <source>Employer contact</source>
        <translation>Employer contact</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="30"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="31"/>
        <source>Job opening</source>
        <translation>Job opening</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="32"/>
        <source>Job or education</source>
        <translation>Job or education</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="33"/>
        <source>Calendar event</source>
        <translation>Calendar event</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="34"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="35"/>
        <source>Supervision item</source>
        <translation>Supervision item</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="36"/>
        <source>Phase change</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="46"/>
        <source>answer “%1”</source>
        <translation>answer “%1”</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="48"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="49"/>
        <source>national ID number</source>
        <translation>national ID number</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="50"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="51"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="52"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="53"/>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="54"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="55"/>
        <location filename="../../ips_desktop/ui/sync/words.py" line="69"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="56"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="57"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="58"/>
        <source>referral date</source>
        <translation>referral date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="59"/>
        <source>referred by</source>
        <translation>referred by</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="60"/>
        <source>clinician</source>
        <translation>clinician</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="61"/>
        <source>psychiatry unit</source>
        <translation>psychiatry unit</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="62"/>
        <source>first meeting</source>
        <translation>first meeting</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="63"/>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="64"/>
        <location filename="../../ips_desktop/ui/sync/words.py" line="65"/>
        <source>reason for ending</source>
        <translation>reason for ending</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="66"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="67"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="68"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="70"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="78"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="81"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="84"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="87"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="88"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="112"/>
        <source>time unknown</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="120"/>
        <source>unknown consultant</source>
        <translation>unknown consultant</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="122"/>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="124"/>
        <source>By %1, %2</source>
        <translation>By %1, %2</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/sync/words.py" line="127"/>
        <source>(on this computer)</source>
        <translation>(on this computer)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/shell/unlock.py" line="55"/>
        <source>Unlock IPS Desktop</source>
        <translation>Unlock IPS Desktop</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/shell/unlock.py" line="59"/>
        <source>Forgot the password? Use the &amp;recovery key</source>
        <translation>Forgot the password? Use the &amp;recovery key</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="30"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="32"/>
        <source>What you typed here has not been saved.</source>
        <translation>What you typed here has not been saved.</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="34"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="36"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/widgets/unsaved.py" line="38"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ips_desktop/ui/calendar/describe.py" line="50"/>
        <source>Consultant: %1</source>
        <translation>Consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/describe.py" line="53"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/describe.py" line="55"/>
        <source>Recurring</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/calendar/week_grid.py" line="536"/>
        <source>Calendar week</source>
        <translation>Calendar week</translation>
    </message>
</context>
<context>
    <name>WeekSummary</name>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="63"/>
        <source>Face to face, week %1 (reference %2)</source>
        <translation>Face to face, week %1 (reference %2)</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="57"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="57"/>
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="58"/>
        <source>%1 of %2 – %3</source>
        <translation>%1 of %2 – %3</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="75"/>
        <source>%1: %2 face-to-face employer contacts this week</source>
        <translation>%1: %2 face-to-face employer contacts this week</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="77"/>
        <source>%n employer contact(s) in all</source>
        <translation>
            <numerusform>%n employer contact in all</numerusform>
            <numerusform>%n employer contacts in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="89"/>
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/employers/week_summary.py" line="86"/>
        <source>Reference: %1 face-to-face contacts a week (IPS fidelity scale)</source>
        <translation>Reference: %1 face-to-face contacts a week (IPS fidelity scale)</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="77"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="78"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="79"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="80"/>
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="81"/>
        <source>Ends on day</source>
        <translation>Ends on day</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="135"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/event_fields.py" line="136"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>_DatedDialog</name>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="31"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/participants/phase_dialogs.py" line="41"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>_PhaseOffer</name>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="97"/>
        <source>Move to “%1”</source>
        <translation>Move to “%1”</translation>
    </message>
    <message>
        <location filename="../../ips_desktop/ui/dialogs/placement_dialog.py" line="101"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
</TS>
