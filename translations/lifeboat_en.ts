<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lifeboat</name>
    <message numerus="yes">
        <source>pre-migration backup: kept for %n day(s)</source>
        <translation>
            <numerusform>pre-migration backup: kept for %n day</numerusform>
            <numerusform>pre-migration backup: kept for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pre-migration backup older than %n day(s)</source>
        <translation>
            <numerusform>pre-migration backup older than %n day</numerusform>
            <numerusform>pre-migration backup older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer at %2 within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer at %2 within %n second.</numerusform>
            <numerusform>%1 did not answer at %2 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every whole line is JSON: %n line(s); the last, unfinished, was being written when the copy was taken.</source>
        <translation>
            <numerusform>Every whole line is JSON: %n line; the last, unfinished, was being written when the copy was taken.</numerusform>
            <numerusform>Every whole line is JSON: %n lines; the last, unfinished, was being written when the copy was taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every line is JSON: %n line(s).</source>
        <translation>
            <numerusform>Every line is JSON: %n line.</numerusform>
            <numerusform>Every line is JSON: %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key problem(s): %1</source>
        <translation>
            <numerusform>%n foreign key problem: %1</numerusform>
            <numerusform>%n foreign key problems: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No required tables were given or recorded; %n table(s) found.</source>
        <translation>
            <numerusform>No required tables were given or recorded; %n table found.</numerusform>
            <numerusform>No required tables were given or recorded; %n tables found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n required table(s) are there.</source>
        <translation>
            <numerusform>The %n required table is there.</numerusform>
            <numerusform>All %n required tables are there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries read to the end</source>
        <translation>
            <numerusform>%n entry read to the end</numerusform>
            <numerusform>%n entries read to the end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the archive</source>
        <translation>
            <numerusform>%n file in the archive</numerusform>
            <numerusform>%n files in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), as recorded.</source>
        <translation>
            <numerusform>%n file, as recorded.</numerusform>
            <numerusform>%n files, as recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s); no count was recorded.</source>
        <translation>
            <numerusform>%n file; no count was recorded.</numerusform>
            <numerusform>%n files; no count was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read to the end.</source>
        <translation>
            <numerusform>%n file read to the end.</numerusform>
            <numerusform>%n files read to the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s); every check passed.</source>
        <translation>
            <numerusform>Restored %n item; every check passed.</numerusform>
            <numerusform>Restored %n items; every check passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) with the backup&apos;s row counts</source>
        <translation>
            <numerusform>%1: %n table with the backup&apos;s row counts</numerusform>
            <numerusform>%1: %n tables with the backup&apos;s row counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s).</source>
        <translation>
            <numerusform>%1: %n file.</numerusform>
            <numerusform>%1: %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one of the newest %n</source>
        <translation>
            <numerusform>the newest</numerusform>
            <numerusform>one of the newest %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>daily, for %n day(s)</source>
        <translation>
            <numerusform>daily, for %n day</numerusform>
            <numerusform>daily, for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weekly, for %n week(s)</source>
        <translation>
            <numerusform>weekly, for %n week</numerusform>
            <numerusform>weekly, for %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>monthly, for %n month(s)</source>
        <translation>
            <numerusform>monthly, for %n month</numerusform>
            <numerusform>monthly, for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s); no row counts were recorded to compare.</source>
        <translation>
            <numerusform>%1: %n table; no row counts were recorded to compare.</numerusform>
            <numerusform>%1: %n tables; no row counts were recorded to compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) with the recorded row counts.</source>
        <translation>
            <numerusform>%1: %n table with the recorded row counts.</numerusform>
            <numerusform>%1: %n tables with the recorded row counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The manifest records no row counts; %n table(s) restored.</source>
        <translation>
            <numerusform>The manifest records no row counts; %n table restored.</numerusform>
            <numerusform>The manifest records no row counts; %n tables restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) hold the recorded number of rows.</source>
        <translation>
            <numerusform>The %n table holds the recorded number of rows.</numerusform>
            <numerusform>All %n tables hold the recorded number of rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifeboatCli</name>
    <message numerus="yes">
        <source>RESTORE DRILL FAILED: %n folder(s) could not be read.</source>
        <translation>
            <numerusform>RESTORE DRILL FAILED: %n folder could not be read.</numerusform>
            <numerusform>RESTORE DRILL FAILED: %n folders could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be removed; the lines above say why.</source>
        <translation>
            <numerusform>%n backup could not be removed; the lines above say why.</numerusform>
            <numerusform>%n backups could not be removed; the lines above say why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n item(s) to %1</source>
        <translation>
            <numerusform>Backed up %n item to %1</numerusform>
            <numerusform>Backed up %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 before compression</source>
        <translation>
            <numerusform>%n file, %1 before compression</numerusform>
            <numerusform>%n files, %1 before compression</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n file(s), %1 before compression</source>
        <translation>
            <numerusform>  %n file, %1 before compression</numerusform>
            <numerusform>  %n files, %1 before compression</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  table    %1: %n row(s)</source>
        <translation>
            <numerusform>  table    %1: %n row</numerusform>
            <numerusform>  table    %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n backup(s).</source>
        <translation>
            <numerusform>Removed %n backup.</numerusform>
            <numerusform>Removed %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), PostgreSQL %1</source>
        <translation>
            <numerusform>%n table, PostgreSQL %1</numerusform>
            <numerusform>%n tables, PostgreSQL %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::Inspector</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), read from the backup without extracting it.</source>
        <translation>
            <numerusform>%n file, read from the backup without extracting it.</numerusform>
            <numerusform>%n files, read from the backup without extracting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished backup(s) left by backups that were stopped.</source>
        <translation>
            <numerusform>Removed %n unfinished backup left by a backup that was stopped.</numerusform>
            <numerusform>Removed %n unfinished backups left by backups that were stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PruneDialog</name>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Backup(s)…</source>
        <translation>
            <numerusform>Remove %n Backup…</numerusform>
            <numerusform>Remove %n Backups…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n backup(s) for good? The rest are kept, and each removal is written to the journal.</source>
        <translation>
            <numerusform>Remove %n backup for good? The rest are kept, and each removal is written to the journal.</numerusform>
            <numerusform>Remove %n backups for good? The rest are kept, and each removal is written to the journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n backup(s)…</source>
        <translation>
            <numerusform>Removing %n backup…</numerusform>
            <numerusform>Removing %n backups…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreWizard</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::StatusPanel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
