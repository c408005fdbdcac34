<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Lifeboat</name>
    <message>
        <source>- duration: %1 ms</source>
        <translation>- 걸린 시간: %1밀리초</translation>
    </message>
    <message>
        <source>- from the backup: %1</source>
        <translation>- 복원한 백업: %1</translation>
    </message>
    <message>
        <source>- target: %1</source>
        <translation>- 대상: %1</translation>
    </message>
    <message>
        <source>- %1 → %2 (%3)</source>
        <translation>- %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>- restore id: %1</source>
        <translation>- 복원 ID: %1</translation>
    </message>
    <message>
        <source>- host: %1, operator: %2, Lifeboat %3</source>
        <translation>- 호스트: %1, 작업자: %2, Lifeboat %3</translation>
    </message>
    <message>
        <source>- environment: %1</source>
        <translation>- 환경: %1</translation>
    </message>
    <message>
        <source>- schema version: %1</source>
        <translation>- 스키마 버전: %1</translation>
    </message>
    <message>
        <source>- schema versions: %1</source>
        <translation>- 스키마 버전: %1</translation>
    </message>
    <message>
        <source>- quick_check of the copies: %1</source>
        <translation>- 사본의 quick_check: %1</translation>
    </message>
    <message>
        <source>- checks: %1 passed, %2 failed, %3 skipped</source>
        <translation>- 검사: 통과 %1, 실패 %2, 건너뜀 %3</translation>
    </message>
    <message>
        <source>- snapshot: %1</source>
        <translation>- 스냅숏: %1</translation>
    </message>
    <message>
        <source>- duration: %1 s</source>
        <translation>- 걸린 시간: %1초</translation>
    </message>
    <message>
        <source>Two items of this backup would go to %1; restore them one at a time with --item and --to.</source>
        <translation>이 백업의 항목 두 개가 %1(으)로 복원됩니다. --item과 --to로 하나씩 복원하세요.</translation>
    </message>
    <message>
        <source>It is larger than 256 MiB: not read whole.</source>
        <translation>256MiB보다 커서 통째로 읽지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>pre-migration backup: kept for %n day(s)</source>
        <translation><numerusform>마이그레이션 전 백업: %n일 동안 유지</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>pre-migration backup older than %n day(s)</source>
        <translation><numerusform>%n일보다 오래된 마이그레이션 전 백업</numerusform></translation>
    </message>
    <message>
        <source>the policy says nothing of plain backups: kept</source>
        <translation>정책에 일반 백업에 대한 규칙이 없음: 유지</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer at %2 within %n second(s).</source>
        <translation><numerusform>%1이(가) %n초 안에 %2에서 응답하지 않았습니다.</numerusform></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1을(를) 시작하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 ended with %2 before %3 answered. It said: %4</source>
        <translation>%3이(가) 응답하기 전에 %1이(가) %2(으)로 끝났습니다. 출력: %4</translation>
    </message>
    <message>
        <source>Started %1; %2 answered after %3 s.</source>
        <translation>%1을(를) 시작했고 %3초 뒤 %2이(가) 응답했습니다.</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 시작하는 중</translation>
    </message>
    <message>
        <source>Line %1 is not JSON: %2.</source>
        <translation>%1번째 줄이 JSON이 아닙니다: %2.</translation>
    </message>
    <message>
        <source>It is not JSON: %1 at offset %2.</source>
        <translation>JSON이 아닙니다: 오프셋 %2에서 %1.</translation>
    </message>
    <message>
        <source>It is JSON.</source>
        <translation>JSON입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Every whole line is JSON: %n line(s); the last, unfinished, was being written when the copy was taken.</source>
        <translation><numerusform>온전한 줄은 모두 JSON입니다: %n줄. 마지막 줄은 끝나지 않았으며, 사본을 뜰 때 쓰이고 있던 줄입니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every line is JSON: %n line(s).</source>
        <translation><numerusform>모든 줄이 JSON입니다: %n줄.</numerusform></translation>
    </message>
    <message>
        <source>Line %1 of "%2" holds a %3 checksum; Lifeboat checks SHA-256 only.</source>
        <translation>"%2"의 %1번째 줄은 %3 체크섬입니다. Lifeboat는 SHA-256만 확인합니다.</translation>
    </message>
    <message>
        <source>An earlier restore of these targets was interrupted and is not settled (%1). Run "lifeboat-cli recover --finish" or "recover --undo" first, or in the desktop app Backup › Settle an Interrupted Restore.</source>
        <translation>이 대상들의 이전 복원이 중단된 채 정리되지 않았습니다(%1). 먼저 "lifeboat-cli recover --finish"나 "recover --undo"를 실행하거나, 데스크톱 앱에서 백업 › 중단된 복원 정리를 쓰세요.</translation>
    </message>
    <message>
        <source>No earlier restore of these targets waits to be settled.</source>
        <translation>이 대상들에 정리를 기다리는 이전 복원이 없습니다.</translation>
    </message>
    <message>
        <source>from %1, started %2</source>
        <translation>%1에서, %2에 시작</translation>
    </message>
    <message>
        <source>Nothing was backed up: no file matches %1. Check the paths and patterns.</source>
        <translation>아무것도 백업하지 않았습니다. %1에 맞는 파일이 없습니다. 경로와 패턴을 확인하세요.</translation>
    </message>
    <message>
        <source>In the profile "%1", at "%2": %3</source>
        <translation>프로필 "%1"의 "%2": %3</translation>
    </message>
    <message>
        <source>Could not read "%1": a WAL database is read through its -shm file, which SQLite must create in "%2", and you may not write there. Run Lifeboat as the database's owner, or let it write to the folder.</source>
        <translation>"%1"을(를) 읽을 수 없습니다. WAL 데이터베이스는 -shm 파일을 통해 읽는데, SQLite가 그 파일을 "%2"에 만들어야 하지만 그 폴더에 쓸 권한이 없습니다. 데이터베이스 소유자로 Lifeboat를 실행하거나 그 폴더에 쓸 수 있게 하세요.</translation>
    </message>
    <message>
        <source>"%1" is a file, not a folder: back it up as a file (--files, or "type": "files" in a profile), or name the folder it is in.</source>
        <translation>"%1"은(는) 폴더가 아니라 파일입니다. 파일로 백업하거나(--files, 또는 프로필의 "type": "files") 그 파일이 든 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>No space left on the disk holding "%1": free some space there or choose another destination.</source>
        <translation>"%1"이(가) 있는 디스크에 공간이 없습니다. 공간을 비우거나 다른 대상을 고르세요.</translation>
    </message>
    <message>
        <source>Could not create "%1": %2. Check that you may write to that folder.</source>
        <translation>"%1"을(를) 만들 수 없습니다: %2. 그 폴더에 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Could not create "%1": %2.</source>
        <translation>"%1"을(를) 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Could not write "%1": %2.</source>
        <translation>"%1"에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Could not read "%1": %2. Check its permissions.</source>
        <translation>"%1"을(를) 읽을 수 없습니다: %2. 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>Could not read "%1": %2.</source>
        <translation>"%1"을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Could not move "%1" into place: %2.</source>
        <translation>"%1"을(를) 제자리로 옮길 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Could not remove "%1": %2.</source>
        <translation>"%1"을(를) 지울 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>"%1" is not open for writing.</source>
        <translation>"%1"이(가) 쓰기용으로 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1: a link to "%2", outside the folder</source>
        <translation>%1: 폴더 밖의 "%2"을(를) 가리키는 링크</translation>
    </message>
    <message>
        <source>%1: not a regular file, folder or link</source>
        <translation>%1: 일반 파일, 폴더, 링크가 아님</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation>"%1" 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is not a folder.</source>
        <translation>"%1"은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Could not read the folder "%1": permission denied.</source>
        <translation>"%1" 폴더를 읽을 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 목록 만드는 중</translation>
    </message>
    <message>
        <source>Could not start %1 compression for "%2": %3</source>
        <translation>"%2"의 %1 압축을 시작할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Could not write the archive "%1": %2</source>
        <translation>아카이브 "%1"을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not write "%1" into "%2": %3</source>
        <translation>"%1"을(를) "%2"에 쓸 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Archiving %1</source>
        <translation>%1 보관 중</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Could not read "%1": %2</source>
        <translation>"%1"을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: shrank while it was archived</source>
        <translation>%1: 보관하는 동안 크기가 줄어듦</translation>
    </message>
    <message>
        <source>The artifact "%1" is missing.</source>
        <translation>아티팩트 "%1"이(가) 없습니다.</translation>
    </message>
    <message>
        <source>"%1" does not exist.</source>
        <translation>"%1"이(가) 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is a folder with no backup set in it: it has neither manifest.json nor checksums.txt. Use "list" to search it.</source>
        <translation>"%1"은(는) 백업 세트가 아닌 폴더입니다. manifest.json도 checksums.txt도 없습니다. 이 폴더를 찾아보려면 "list"를 쓰세요.</translation>
    </message>
    <message>
        <source>The backup has not run.</source>
        <translation>백업이 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>No destination: say where the backup goes (--out DIR).</source>
        <translation>대상이 없습니다. 백업을 둘 곳을 지정하세요(--out DIR).</translation>
    </message>
    <message>
        <source>Nothing to back up: name a database, an asset folder or files.</source>
        <translation>백업할 것이 없습니다. 데이터베이스, 에셋 폴더, 파일 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>"%1" cannot be a backup name: use letters, digits, '-' or '_'.</source>
        <translation>"%1"은(는) 백업 이름으로 쓸 수 없습니다. 글자, 숫자, '-', '_'를 쓰세요.</translation>
    </message>
    <message>
        <source>The database "%1" does not exist.</source>
        <translation>데이터베이스 "%1"이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not read "%1": permission denied.</source>
        <translation>"%1"을(를) 읽을 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is not an SQLite database (it lacks the SQLite header).</source>
        <translation>"%1"은(는) SQLite 데이터베이스가 아닙니다(SQLite 헤더가 없습니다).</translation>
    </message>
    <message>
        <source>Could not create the destination folder "%1". Check that you may write to its parent.</source>
        <translation>대상 폴더 "%1"을(를) 만들 수 없습니다. 상위 폴더에 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The destination "%1" is not writable.</source>
        <translation>대상 "%1"에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The copy of "%1" failed quick_check: %2</source>
        <translation>"%1"의 사본이 quick_check를 통과하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>No files match "%1".</source>
        <translation>"%1"에 맞는 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>%1 복사 중</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>매니페스트 쓰는 중</translation>
    </message>
    <message>
        <source>"%1" is too large to be a checksums file.</source>
        <translation>"%1"은(는) 체크섬 파일이라기엔 너무 큽니다.</translation>
    </message>
    <message>
        <source>Line %1 of "%2" is not "&lt;sha256&gt;  &lt;file name&gt;".</source>
        <translation>"%2"의 %1번째 줄이 "&lt;sha256&gt;  &lt;파일 이름&gt;" 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Line %1 of "%2" names no file.</source>
        <translation>"%2"의 %1번째 줄에 파일 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Could not write "%1": %2</source>
        <translation>"%1"에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not copy "%1" to "%2".</source>
        <translation>"%1"을(를) "%2"(으)로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write "%1".</source>
        <translation>"%1"에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not create the demo workspace in "%1".</source>
        <translation>"%1"에 데모 작업 공간을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The manifest "%1" does not exist.</source>
        <translation>매니페스트 "%1"이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the manifest "%1": %2</source>
        <translation>매니페스트 "%1"을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>"%1" is too large to be a manifest (%2 bytes).</source>
        <translation>"%1"은(는) 매니페스트라기엔 너무 큽니다(%2바이트).</translation>
    </message>
    <message>
        <source>"%1" is not valid JSON: %2 at offset %3.</source>
        <translation>"%1"은(는) 올바른 JSON이 아닙니다: 위치 %3에서 %2.</translation>
    </message>
    <message>
        <source>"%1" is not a manifest: it holds no JSON object.</source>
        <translation>"%1"은(는) 매니페스트가 아닙니다. JSON 객체가 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a database: name the database file in it, or back the folder up as assets.</source>
        <translation>"%1"은(는) 데이터베이스가 아니라 폴더입니다. 그 안의 데이터베이스 파일을 지정하거나, 폴더를 에셋으로 백업하세요.</translation>
    </message>
    <message>
        <source>What the backup holds cannot be checked against it: restore from another backup.</source>
        <translation>백업에 든 것을 매니페스트와 대조할 수 없습니다. 다른 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>Nothing is restored from a backup whose manifest or checksums cannot be read: restore from another backup, or name one file in it to restore that file alone.</source>
        <translation>매니페스트나 체크섬 파일을 읽을 수 없는 백업에서는 아무것도 복원하지 않습니다. 다른 백업에서 복원하거나, 그 안의 파일 하나를 지정해 그 파일만 복원하세요.</translation>
    </message>
    <message>
        <source>The manifest "%1" has a bad "%2": expected %3.</source>
        <translation>매니페스트 "%1"의 "%2" 값이 잘못되었습니다(기대한 값: %3).</translation>
    </message>
    <message>
        <source>a text like 20260114_120000</source>
        <translation>20260114_120000 같은 텍스트</translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation>ISO 8601 시각</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a list of backed-up items</source>
        <translation>백업한 항목의 목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>database, assets, file or postgres</source>
        <translation>database, assets, file, postgres 중 하나</translation>
    </message>
    <message>
        <source>the artifact's file name</source>
        <translation>아티팩트의 파일 이름</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>16진수 64자리</translation>
    </message>
    <message>
        <source>a whole number of at least 0</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <source>"%1" has a "${" without its "}".</source>
        <translation>"%1"에 "${"가 있지만 짝이 되는 "}"가 없습니다.</translation>
    </message>
    <message>
        <source>"%1" names an empty variable.</source>
        <translation>"%1"의 변수 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set; set it or write ${%1:-default}.</source>
        <translation>환경 변수 %1이(가) 설정되지 않았습니다. 값을 설정하거나 ${%1:-기본값}으로 쓰세요.</translation>
    </message>
    <message>
        <source>The profile "%1" does not exist.</source>
        <translation>프로필 "%1"이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the profile "%1": %2</source>
        <translation>프로필 "%1"을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The profile "%1" is not valid JSON: %2 at offset %3.</source>
        <translation>프로필 "%1"은(는) 올바른 JSON이 아닙니다: 위치 %3에서 %2.</translation>
    </message>
    <message>
        <source>The profile "%1" must hold one JSON object.</source>
        <translation>프로필 "%1"에는 JSON 객체 하나가 있어야 합니다.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>반드시 있어야 합니다</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>0 이상의 수여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>텍스트 목록이어야 합니다</translation>
    </message>
    <message>
        <source>In the profile "%1", "%2" %3.</source>
        <translation>프로필 "%1"의 "%2": %3.</translation>
    </message>
    <message>
        <source>must be gzip, zstd or none</source>
        <translation>gzip, zstd, none 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>must list at least one source</source>
        <translation>원본을 하나 이상 적어야 합니다</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>must be sqlite, assets, files or postgres</source>
        <translation>sqlite, assets, files, postgres 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>is required for a files source</source>
        <translation>files 원본에는 반드시 있어야 합니다</translation>
    </message>
    <message>
        <source>must be local-dev or shared-staging</source>
        <translation>local-dev나 shared-staging이어야 합니다</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>must point at localhost or 127.0.0.1</source>
        <translation>localhost나 127.0.0.1을 가리켜야 합니다</translation>
    </message>
    <message>
        <source>must name a program and its arguments</source>
        <translation>프로그램과 인수를 적어야 합니다</translation>
    </message>
    <message>
        <source>must be sql, http or command</source>
        <translation>sql, http, command 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>Could not open "%1": %2</source>
        <translation>"%1"을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>"%1" already exists.</source>
        <translation>"%1"이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>Checking the copy of %1</source>
        <translation>%1의 사본 검사 중</translation>
    </message>
    <message>
        <source>"%1" is not an SQLite database.</source>
        <translation>"%1"은(는) SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>SQLite failed on "%1" (%2): %3</source>
        <translation>"%1"에서 SQLite 작업이 실패했습니다(%2): %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2의 %1번 행이 %3에 없는 행을 가리킵니다</translation>
    </message>
    <message>
        <source>SHA-256 is not available: install QCA's OpenSSL plugin (Debian: libqca-qt6-plugins).</source>
        <translation>SHA-256을 쓸 수 없습니다. QCA의 OpenSSL 플러그인을 설치하세요(Debian: libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>The archive "%1" is damaged at byte %2: %3</source>
        <translation>아카이브 "%1"이(가) %2바이트 위치에서 손상되었습니다: %3</translation>
    </message>
    <message>
        <source>the data cannot be decompressed</source>
        <translation>데이터의 압축을 풀 수 없습니다</translation>
    </message>
    <message>
        <source>it ends in the middle of a header (truncated)</source>
        <translation>헤더 중간에서 끝납니다(잘림)</translation>
    </message>
    <message>
        <source>it ends in the middle of an entry (truncated)</source>
        <translation>항목 중간에서 끝납니다(잘림)</translation>
    </message>
    <message>
        <source>it ends without the end-of-archive marker (truncated)</source>
        <translation>아카이브 끝 표시 없이 끝납니다(잘림)</translation>
    </message>
    <message>
        <source>nothing in it can be read: its compressed data is cut short or damaged</source>
        <translation>읽을 수 있는 내용이 없습니다. 압축된 데이터가 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <source>a header's checksum does not match</source>
        <translation>헤더의 체크섬이 맞지 않습니다</translation>
    </message>
    <message>
        <source>a header gives an impossible size</source>
        <translation>헤더의 크기 값이 불가능한 값입니다</translation>
    </message>
    <message>
        <source>an extended header is implausibly large</source>
        <translation>확장 헤더가 비정상적으로 큽니다</translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation>이름이 빈 항목이 있습니다</translation>
    </message>
    <message>
        <source>"%1" has a name that is not valid UTF-8</source>
        <translation>"%1"의 이름이 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>"%1" has an absolute path</source>
        <translation>"%1"은(는) 절대 경로입니다</translation>
    </message>
    <message>
        <source>"%1" climbs out of the archive with ".."</source>
        <translation>"%1"은(는) ".."로 아카이브 밖으로 나갑니다</translation>
    </message>
    <message>
        <source>"%1" goes through the link "%2"</source>
        <translation>"%1"은(는) 링크 "%2"을(를) 거쳐 갑니다</translation>
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation>"%1"이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>"%1" is a link to nothing</source>
        <translation>"%1"은(는) 아무것도 가리키지 않는 링크입니다</translation>
    </message>
    <message>
        <source>"%1" links to the absolute path "%2"</source>
        <translation>"%1"은(는) 절대 경로 "%2"을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>"%1" links to "%2", outside the archive</source>
        <translation>"%1"은(는) 아카이브 밖의 "%2"을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>"%1" links through the link "%2"</source>
        <translation>"%1"은(는) 링크 "%2"을(를) 거쳐 가리킵니다</translation>
    </message>
    <message>
        <source>"%1" is a device file</source>
        <translation>"%1"은(는) 장치 파일입니다</translation>
    </message>
    <message>
        <source>"%1" is a named pipe</source>
        <translation>"%1"은(는) 이름 있는 파이프입니다</translation>
    </message>
    <message>
        <source>"%1" is of a kind Lifeboat does not restore</source>
        <translation>"%1"은(는) Lifeboat가 복원하지 않는 종류입니다</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>외 %n개</numerusform></translation>
    </message>
    <message>
        <source>A folder snapshot has no single checksum; its files are read one by one.</source>
        <translation>폴더 스냅숏에는 하나의 체크섬이 없으므로 파일을 하나씩 읽습니다.</translation>
    </message>
    <message>
        <source>No checksum was recorded for this copy.</source>
        <translation>이 사본에는 기록된 체크섬이 없습니다.</translation>
    </message>
    <message>
        <source>SHA-256 is %1, but %2 was recorded: the file changed or is damaged.</source>
        <translation>SHA-256이 %1이지만 기록된 값은 %2입니다. 파일이 바뀌었거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>SHA-256 matches (%1).</source>
        <translation>SHA-256이 일치합니다(%1).</translation>
    </message>
    <message>
        <source>"%1" cannot be decompressed: %2</source>
        <translation>"%1"의 압축을 풀 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>데이터베이스를 열 수 없었습니다.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>임시 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is not an SQLite database: it lacks the SQLite header.</source>
        <translation>"%1"은(는) SQLite 데이터베이스가 아닙니다. SQLite 헤더가 없습니다.</translation>
    </message>
    <message>
        <source>Opened read-only: %1 pages of %2 bytes.</source>
        <translation>읽기 전용으로 열었습니다: %2바이트 페이지 %1개.</translation>
    </message>
    <message>
        <source>%1: ok.</source>
        <translation>%1: 이상 없음.</translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key problem(s): %1</source>
        <translation><numerusform>외래 키 문제 %n건: %1</numerusform></translation>
    </message>
    <message>
        <source>%1 found: %2</source>
        <translation>%1 결과: %2</translation>
    </message>
    <message numerus="yes">
        <source>No required tables were given or recorded; %n table(s) found.</source>
        <translation><numerusform>필수 테이블이 지정되거나 기록되지 않았습니다. 테이블 %n개가 있습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n required table(s) are there.</source>
        <translation><numerusform>필수 테이블 %n개가 모두 있습니다.</numerusform></translation>
    </message>
    <message>
        <source>Missing table(s): %1.</source>
        <translation>없는 테이블: %1.</translation>
    </message>
    <message>
        <source>Schema version %1, but %2 was recorded.</source>
        <translation>스키마 버전이 %1이지만 기록된 값은 %2입니다.</translation>
    </message>
    <message>
        <source>Schema version %1, as recorded.</source>
        <translation>스키마 버전 %1, 기록과 같습니다.</translation>
    </message>
    <message>
        <source>Schema version %1 (none was recorded to compare).</source>
        <translation>스키마 버전 %1(비교할 기록이 없습니다).</translation>
    </message>
    <message>
        <source>The database carries no schema version.</source>
        <translation>데이터베이스에 스키마 버전이 없습니다.</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation>아카이브를 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <source>The archive could not be read to its end.</source>
        <translation>아카이브를 끝까지 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <source>Unsafe entries: %1.</source>
        <translation>안전하지 않은 항목: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read to the end</source>
        <translation><numerusform>항목 %n개를 끝까지 읽었습니다</numerusform></translation>
    </message>
    <message>
        <source>%1 bytes of data.</source>
        <translation>데이터 %1바이트.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the archive</source>
        <translation><numerusform>아카이브의 파일 %n개</numerusform></translation>
    </message>
    <message>
        <source>but the manifest records %1.</source>
        <translation>매니페스트에는 %1개로 기록되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), as recorded.</source>
        <translation><numerusform>파일 %n개, 기록과 같습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s); no count was recorded.</source>
        <translation><numerusform>파일 %n개. 기록된 개수는 없습니다.</numerusform></translation>
    </message>
    <message>
        <source>"%1" links outside the folder</source>
        <translation>"%1"은(는) 폴더 밖을 가리킵니다</translation>
    </message>
    <message>
        <source>"%1" cannot be read: %2</source>
        <translation>"%1"을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read to the end.</source>
        <translation><numerusform>파일 %n개를 끝까지 읽었습니다.</numerusform></translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 검증 중</translation>
    </message>
    <message>
        <source>No backups were found in "%1".</source>
        <translation>"%1"에서 백업을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The verification has not run.</source>
        <translation>검증이 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>Refusing to extract "%1": %2</source>
        <translation>"%1"을(를) 풀지 않습니다: %2</translation>
    </message>
    <message>
        <source>"%1" lies outside the archive's folder "%2"</source>
        <translation>"%1"은(는) 아카이브 폴더 "%2" 밖에 있습니다</translation>
    </message>
    <message>
        <source>"%1" cannot be placed safely</source>
        <translation>"%1"을(를) 안전하게 둘 수 없습니다</translation>
    </message>
    <message>
        <source>the hard link "%1" has no file to point at</source>
        <translation>하드 링크 "%1"이(가) 가리킬 파일이 없습니다</translation>
    </message>
    <message>
        <source>"%1" is not a file, folder or link</source>
        <translation>"%1"은(는) 파일, 폴더, 링크가 아닙니다</translation>
    </message>
    <message>
        <source>Post-restore checks failed: %1.</source>
        <translation>복원 후 검사가 실패했습니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s); every check passed.</source>
        <translation><numerusform>항목 %n개를 복원했고 모든 검사를 통과했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Cancelled before anything was replaced; the data is as it was.</source>
        <translation>아무것도 바꾸기 전에 취소했습니다. 데이터는 그대로입니다.</translation>
    </message>
    <message>
        <source>%1 Nothing was replaced; the data is as it was.</source>
        <translation>%1 아무것도 바꾸지 않았습니다. 데이터는 그대로입니다.</translation>
    </message>
    <message>
        <source>Saving the current %1</source>
        <translation>현재 %1 저장 중</translation>
    </message>
    <message>
        <source>The snapshot "%1" does not check out: %2</source>
        <translation>스냅숏 "%1"이(가) 검사를 통과하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The snapshot "%1" does not match what was copied.</source>
        <translation>스냅숏 "%1"이(가) 복사한 내용과 다릅니다.</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>%1 준비 중</translation>
    </message>
    <message>
        <source>"%1" changed since it was verified.</source>
        <translation>"%1"이(가) 검증한 뒤에 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Replacing %1</source>
        <translation>%1 교체 중</translation>
    </message>
    <message>
        <source>%1 does not hold what the backup holds.</source>
        <translation>%1의 내용이 백업과 다릅니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) with the backup's row counts</source>
        <translation><numerusform>%1: 테이블 %n개의 행 수가 백업과 같습니다</numerusform></translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>스키마 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s).</source>
        <translation><numerusform>%1: 파일 %n개.</numerusform></translation>
    </message>
    <message>
        <source>%1 holds %2 files; the archive %3.</source>
        <translation>%1에는 파일이 %2개 있지만 아카이브에는 %3개 있습니다.</translation>
    </message>
    <message>
        <source>%1 matches the backup.</source>
        <translation>%1이(가) 백업과 같습니다.</translation>
    </message>
    <message>
        <source>%1 does not match the backup.</source>
        <translation>%1이(가) 백업과 다릅니다.</translation>
    </message>
    <message>
        <source>%1 had no snapshot to go back to.</source>
        <translation>%1에는 되돌아갈 스냅숏이 없었습니다.</translation>
    </message>
    <message>
        <source>%1 is back as it was.</source>
        <translation>%1을(를) 원래대로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>%1 The restore was rolled back: the data is as it was.</source>
        <translation>%1 복원을 롤백했습니다. 데이터는 원래대로입니다.</translation>
    </message>
    <message>
        <source>%1 Rolling back failed too: %2 The snapshots are: %3.</source>
        <translation>%1 되돌리기도 실패했습니다: %2 스냅숏: %3.</translation>
    </message>
    <message>
        <source>This backup does not say where "%1" came from: give --to PATH, or --profile with a source of that name.</source>
        <translation>이 백업에는 "%1"의 원래 위치가 없습니다. --to PATH를 주거나, 그 이름의 원본이 있는 --profile을 주세요.</translation>
    </message>
    <message>
        <source>No item of this backup is called %1; it holds: %2.</source>
        <translation>이 백업에 %1(이)라는 항목이 없습니다. 들어 있는 항목: %2.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>백업 검사 중</translation>
    </message>
    <message>
        <source>"%1" changed while it was being copied.</source>
        <translation>"%1"이(가) 복사하는 동안 바뀌었습니다.</translation>
    </message>
    <message>
        <source>"%1" was taken meanwhile; the %2 that was there is kept at "%3".</source>
        <translation>그사이 "%1"이(가) 생겨서, 그 자리에 있던 %2은(는) "%3"에 보관했습니다.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 검사 중</translation>
    </message>
    <message>
        <source>The backup's copy of %1 does not pass integrity_check: %2</source>
        <translation>백업에서 옮겨 온 %1 사본이 integrity_check를 통과하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Every checksum and check passed.</source>
        <translation>모든 체크섬과 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>Every other checksum and check passed.</source>
        <translation>다른 체크섬과 검사는 모두 통과했습니다.</translation>
    </message>
    <message>
        <source>%1: hashed and checked in its staged copy, before anything is replaced.</source>
        <translation>%1: 아무것도 교체하기 전에, 준비한 사본에서 해시를 계산하고 검사합니다.</translation>
    </message>
    <message>
        <source>The backup does not verify: %1</source>
        <translation>백업이 검증을 통과하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Every target can be written.</source>
        <translation>모든 대상에 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Not writable: %1.</source>
        <translation>쓸 수 없음: %1.</translation>
    </message>
    <message>
        <source>You may not write to %1; restore elsewhere with --to, or fix the permissions.</source>
        <translation>%1에 쓸 권한이 없습니다. --to로 다른 곳에 복원하거나 권한을 고치세요.</translation>
    </message>
    <message>
        <source>%1 needs %2 bytes but has %3 free</source>
        <translation>%1에는 %2바이트가 필요하지만 %3바이트만 남아 있습니다</translation>
    </message>
    <message>
        <source>There is room for the snapshots and the restored data.</source>
        <translation>스냅숏과 복원할 데이터를 둘 공간이 있습니다.</translation>
    </message>
    <message>
        <source>Not enough free space: %1. Free some space and try again.</source>
        <translation>공간이 모자랍니다: %1. 공간을 비우고 다시 하세요.</translation>
    </message>
    <message>
        <source>No other process has a target open.</source>
        <translation>대상을 열어 둔 다른 프로세스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 (pid %2) has %3 open</source>
        <translation>%1(pid %2)이(가) %3을(를) 열어 두었습니다</translation>
    </message>
    <message>
        <source>Going ahead with --force-writers although %1.</source>
        <translation>%1. 하지만 --force-writers에 따라 진행합니다.</translation>
    </message>
    <message>
        <source>Stop these first, or use --force-writers: %1.</source>
        <translation>먼저 다음을 멈추거나 --force-writers를 쓰세요: %1.</translation>
    </message>
    <message>
        <source>Cannot resolve %1.</source>
        <translation>%1의 주소를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>%1에서 응답이 없습니다.</translation>
    </message>
    <message>
        <source>%1 gave no HTTP answer.</source>
        <translation>%1이(가) HTTP 응답을 주지 않았습니다.</translation>
    </message>
    <message>
        <source>"%1" returned %2; %3 was expected.</source>
        <translation>"%1"의 결과는 %2였지만 %3이어야 했습니다.</translation>
    </message>
    <message>
        <source>"%1" returned %2.</source>
        <translation>"%1"의 결과: %2.</translation>
    </message>
    <message>
        <source>GET %1 answered %2; %3 was expected.</source>
        <translation>GET %1의 응답은 %2였지만 %3이어야 했습니다.</translation>
    </message>
    <message>
        <source>GET %1 answered %2.</source>
        <translation>GET %1의 응답: %2.</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>%1을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in ten minutes.</source>
        <translation>%1이(가) 10분 안에 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 ended with %2; %3 was expected. It said: %4</source>
        <translation>%1의 종료 코드는 %2였지만 %3이어야 했습니다. 출력: %4</translation>
    </message>
    <message>
        <source>%1 ended with %2.</source>
        <translation>%1의 종료 코드: %2.</translation>
    </message>
    <message>
        <source>Too many backups named %1 in one second.</source>
        <translation>1초 안에 %1(이)라는 백업이 너무 많습니다.</translation>
    </message>
    <message>
        <source>Removing unfinished backups left by backups that were stopped</source>
        <translation>중단된 백업이 남긴 미완성 백업을 지우는 중</translation>
    </message>
    <message>
        <source>Could not remove "%1", an unfinished backup left by a backup that was stopped.</source>
        <translation>중단된 백업이 남긴 미완성 백업 "%1"을(를) 지우지 못했습니다.</translation>
    </message>
    <message>
        <source>The current "%1" cannot be opened to fold its -wal in: %2</source>
        <translation>현재 "%1"을(를) 열어 -wal을 합칠 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The -wal of "%1" could not be folded into it: another process is using the database.</source>
        <translation>"%1"의 -wal을 합칠 수 없었습니다. 다른 프로세스가 데이터베이스를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>"%1" could not be put back; it is at "%2".</source>
        <translation>"%1"을(를) 제자리로 되돌리지 못했습니다. "%2"에 있습니다.</translation>
    </message>
    <message>
        <source>"%1" links to the top of the archive</source>
        <translation>"%1"은(는) 아카이브의 맨 위를 가리킵니다</translation>
    </message>
    <message>
        <source>Could not remove "%1": check that you may write to its folder.</source>
        <translation>"%1"을(를) 지울 수 없습니다. 그 폴더에 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>pre-restore snapshot: kept unless named</source>
        <translation>복원 전 스냅숏: 이름으로 지정하지 않으면 유지</translation>
    </message>
    <message>
        <source>pre-migration backup: kept unless named</source>
        <translation>마이그레이션 전 백업: 이름으로 지정하지 않으면 유지</translation>
    </message>
    <message>
        <source>kept copy: kept unless named</source>
        <translation>보관용 사본: 이름으로 지정하지 않으면 유지</translation>
    </message>
    <message>
        <source>the newest backup failed verification: nothing is pruned</source>
        <translation>최신 백업이 검증을 통과하지 못했으므로 아무것도 정리하지 않습니다</translation>
    </message>
    <message>
        <source>the newest backup has not been verified: nothing is pruned</source>
        <translation>최신 백업을 아직 검증하지 않았으므로 아무것도 정리하지 않습니다</translation>
    </message>
    <message>
        <source>the newest verified backup</source>
        <translation>검증된 최신 백업</translation>
    </message>
    <message numerus="yes">
        <source>one of the newest %n</source>
        <translation><numerusform>최신 %n개 중 하나</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>daily, for %n day(s)</source>
        <translation><numerusform>일별, %n일 동안</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>weekly, for %n week(s)</source>
        <translation><numerusform>주별, %n주 동안</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>monthly, for %n month(s)</source>
        <translation><numerusform>월별, %n개월 동안</numerusform></translation>
    </message>
    <message>
        <source>named to be removed</source>
        <translation>지우도록 이름으로 지정됨</translation>
    </message>
    <message>
        <source>a newer backup of the same day is kept</source>
        <translation>같은 날의 더 최근 백업을 남김</translation>
    </message>
    <message>
        <source>a newer backup of the same week is kept</source>
        <translation>같은 주의 더 최근 백업을 남김</translation>
    </message>
    <message>
        <source>a newer backup of the same month is kept</source>
        <translation>같은 달의 더 최근 백업을 남김</translation>
    </message>
    <message>
        <source>older than every rule of the policy keeps</source>
        <translation>정책의 어떤 규칙이 남기는 것보다도 오래됨</translation>
    </message>
    <message>
        <source>"%1" is neither a backup set, a manifest, an SQLite database nor a PostgreSQL dump.</source>
        <translation>"%1"은(는) 백업 세트도, 매니페스트도, SQLite 데이터베이스도, PostgreSQL 덤프도 아닙니다.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1에 연결 중</translation>
    </message>
    <message>
        <source>Dumping %1</source>
        <translation>%1 덤프 중</translation>
    </message>
    <message>
        <source>pg_dump could not dump %1: %2</source>
        <translation>pg_dump가 %1을(를) 덤프하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Writing the schema of %1</source>
        <translation>%1의 스키마 쓰는 중</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: it must hold the PostgreSQL connection, such as postgresql://user@host:5432/db.</source>
        <translation>환경 변수 %1이(가) 설정되지 않았습니다. postgresql://user@host:5432/db 같은 PostgreSQL 연결 정보가 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The environment variable %1: %2</source>
        <translation>환경 변수 %1: %2</translation>
    </message>
    <message>
        <source>it is not a valid postgresql:// URI.</source>
        <translation>올바른 postgresql:// URI가 아닙니다.</translation>
    </message>
    <message>
        <source>it is neither a postgresql:// URI nor key=value pairs.</source>
        <translation>postgresql:// URI도 key=value 쌍도 아닙니다.</translation>
    </message>
    <message>
        <source>No PostgreSQL connection: name the environment variable holding the DSN (--dsn-env) or a libpq service (--service).</source>
        <translation>PostgreSQL 연결이 없습니다. DSN을 담은 환경 변수(--dsn-env)나 libpq 서비스(--service)를 지정하세요.</translation>
    </message>
    <message>
        <source>%1 was not found. Install the PostgreSQL client programs (postgresql-client).</source>
        <translation>%1을(를) 찾을 수 없습니다. PostgreSQL 클라이언트 프로그램(postgresql-client)을 설치하세요.</translation>
    </message>
    <message>
        <source>psql could not run a query on %1: %2</source>
        <translation>psql이 %1에서 쿼리를 실행하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 has %2 rows, %3 recorded</source>
        <translation>%1의 행이 %2개인데 기록은 %3개입니다</translation>
    </message>
    <message>
        <source>pg_restore could not restore into %1: %2</source>
        <translation>pg_restore가 %1에 복원하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>pg_restore cannot read "%1": %2</source>
        <translation>pg_restore가 "%1"을(를) 읽지 못합니다: %2</translation>
    </message>
    <message>
        <source>pg_restore read "%1" but found no table of contents.</source>
        <translation>pg_restore가 "%1"을(를) 읽었지만 목차가 없습니다.</translation>
    </message>
    <message>
        <source>or "service" is required for a postgres source, and only one of them</source>
        <translation>postgres 원본에는 이것과 "service" 중 하나가, 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>"%1" is a path; a PostgreSQL dump is restored into a database: give its name.</source>
        <translation>"%1"은(는) 경로입니다. PostgreSQL 덤프는 데이터베이스에 복원하므로 데이터베이스 이름을 주세요.</translation>
    </message>
    <message>
        <source>%1 (%2 from %3)</source>
        <translation>%1(%3에서 접속한 %2)</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>%1 복원 중</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s); no row counts were recorded to compare.</source>
        <translation><numerusform>%1: 테이블 %n개. 비교할 행 수가 기록되지 않았습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) with the recorded row counts.</source>
        <translation><numerusform>%1: 테이블 %n개의 행 수가 기록과 같습니다.</numerusform></translation>
    </message>
    <message>
        <source>%1 answers; the database exists.</source>
        <translation>%1이(가) 응답합니다. 데이터베이스가 있습니다.</translation>
    </message>
    <message>
        <source>%1 answers; the database does not exist yet and will be created.</source>
        <translation>%1이(가) 응답합니다. 데이터베이스가 아직 없으므로 새로 만듭니다.</translation>
    </message>
    <message>
        <source>pg_restore %1 reads the dump's archive version %2 (made by pg_dump %3).</source>
        <translation>pg_restore %1이(가) 덤프의 아카이브 버전 %2(pg_dump %3이(가) 만듦)를 읽습니다.</translation>
    </message>
    <message>
        <source>No restore drill ran.</source>
        <translation>복원 훈련을 하지 않았습니다.</translation>
    </message>
    <message>
        <source>The dump did not restore.</source>
        <translation>덤프가 복원되지 않았습니다.</translation>
    </message>
    <message>
        <source>Restored into the scratch database %1 on %2, which is dropped again.</source>
        <translation>%2의 임시 데이터베이스 %1에 복원했습니다. 임시 데이터베이스는 다시 삭제합니다.</translation>
    </message>
    <message>
        <source>pg_restore warned: %1</source>
        <translation>pg_restore 경고: %1</translation>
    </message>
    <message numerus="yes">
        <source>The manifest records no row counts; %n table(s) restored.</source>
        <translation><numerusform>매니페스트에 행 수가 기록되지 않았습니다. 테이블 %n개를 복원했습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) hold the recorded number of rows.</source>
        <translation><numerusform>테이블 %n개 모두 기록된 행 수와 같습니다.</numerusform></translation>
    </message>
    <message>
        <source>pg_restore read the whole table of contents: %1 entries, archive version %2, dumped by pg_dump %3 from PostgreSQL %4.</source>
        <translation>pg_restore가 목차 전체를 읽었습니다: 항목 %1개, 아카이브 버전 %2, PostgreSQL %4에서 pg_dump %3(으)로 덤프했습니다.</translation>
    </message>
    <message>
        <source>The dump holds no data for: %1.</source>
        <translation>덤프에 다음 테이블의 데이터가 없습니다: %1.</translation>
    </message>
    <message>
        <source>The dump cannot be read.</source>
        <translation>덤프를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is an unfinished backup: the backup writing it stopped before it was complete, so nothing in it can be trusted. It can be removed.</source>
        <translation>"%1"은(는) 끝나지 않은 백업입니다. 이 백업을 쓰던 작업이 완료되기 전에 멈췄으므로 그 안의 어떤 것도 믿을 수 없습니다. 지워도 됩니다.</translation>
    </message>
    <message>
        <source>Line %1 of "%2" has a file name with a bad escape.</source>
        <translation>"%2"의 %1번째 줄에 있는 파일 이름의 이스케이프가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Could not remove "%1".</source>
        <translation>"%1"을(를) 지울 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 was replaced and there is no snapshot to go back to.</source>
        <translation>%1은(는) 이미 교체되었고 되돌아갈 스냅숏이 없습니다.</translation>
    </message>
    <message>
        <source>The interrupted restore from %1 is finished.</source>
        <translation>%1에서 시작했다가 중단된 복원을 마쳤습니다.</translation>
    </message>
    <message>
        <source>The restore from %1 ran the checks of %2, which cannot be read now (%3). Mend it and finish again, or undo the restore.</source>
        <translation>%1에서 한 복원은 %2의 검사를 실행했는데, 지금은 그 파일을 읽을 수 없습니다(%3). 파일을 고친 뒤 다시 마치거나, 복원을 되돌리십시오.</translation>
    </message>
    <message>
        <source>The interrupted restore from %1 is undone: the data is as it was before it.</source>
        <translation>%1에서 시작했다가 중단된 복원을 되돌렸습니다. 데이터는 복원 전 그대로입니다.</translation>
    </message>
    <message>
        <source>The interrupted restore from %1 is not settled yet: %2</source>
        <translation>%1에서 시작했다가 중단된 복원을 아직 정리하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be read as a database (%2); its snapshot is a byte-for-byte copy.</source>
        <translation>%1을(를) 데이터베이스로 읽을 수 없어(%2) 스냅숏은 바이트 단위 그대로의 사본입니다.</translation>
    </message>
    <message>
        <source>The current %1 was already damaged (%2); its snapshot keeps it as it was.</source>
        <translation>지금의 %1은(는) 이미 손상되어 있었습니다(%2). 스냅숏에 그 상태 그대로 남겨 둡니다.</translation>
    </message>
</context>
<context>
    <name>LifeboatCli</name>
    <message>
        <source>nothing was changed: restore asks before it replaces anything, and stdin gave no answer. Pass --yes to restore without asking.</source>
        <translation>아무것도 바꾸지 않았습니다: restore는 무엇이든 교체하기 전에 묻는데, 표준 입력에서 답을 받지 못했습니다. 묻지 않고 복원하려면 --yes를 주세요.</translation>
    </message>
    <message>
        <source>Remove pre-migration backups older than N days, as runbook 002's find -mtime +30 -delete does (kept otherwise).</source>
        <translation>런북 002의 find -mtime +30 -delete처럼 N일보다 오래된 마이그레이션 전 백업을 지웁니다(지정하지 않으면 유지).</translation>
    </message>
    <message>
        <source>replaced; snapshot %1</source>
        <translation>교체됨, 스냅숏 %1</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>교체됨</translation>
    </message>
    <message>
        <source>not replaced yet</source>
        <translation>아직 교체되지 않음</translation>
    </message>
    <message>
        <source>The backup holds nothing to restore.</source>
        <translation>이 백업에는 복원할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Say where the backup goes with --out DIR, or with "destination" in the profile.</source>
        <translation>백업을 둘 곳을 --out DIR이나 프로필의 "destination"으로 알려 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>RESTORE DRILL FAILED: %n folder(s) could not be read.</source>
        <translation><numerusform>복원 훈련 실패: 폴더 %n개를 읽을 수 없습니다.</numerusform></translation>
    </message>
    <message>
        <source>Nothing the policy would remove was removed, because the newest backup has not passed verification. Verify it with "lifeboat-cli verify", or back up again if it failed.</source>
        <translation>가장 최근 백업이 검증을 통과하지 않아 정책이 지울 백업을 하나도 지우지 않았습니다. "lifeboat-cli verify"로 검증하거나, 검증에 실패했다면 다시 백업하세요.</translation>
    </message>
    <message>
        <source>Could not read the folder "%1": permission denied; backups in it are not verified.</source>
        <translation>"%1" 폴더를 읽을 수 없습니다(권한 거부). 그 안의 백업은 검증하지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be removed; the lines above say why.</source>
        <translation><numerusform>백업 %n개를 지우지 못했습니다. 이유는 위 줄에 있습니다.</numerusform></translation>
    </message>
    <message>
        <source>  last restore took %1 s</source>
        <translation>  마지막 복원: %1초 걸림</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: backups, restore drills and restores of local application data.</source>
        <translation>lifeboat-cli %1: 애플리케이션 로컬 데이터의 백업, 복원 훈련, 복원.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli COMMAND [OPTIONS]</source>
        <translation>사용법: lifeboat-cli 명령 [옵션]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Every command takes --json and --help. Exit codes: 0 done and sound, 1 a problem was found, 2 bad usage or unreadable input, 3 refused before changing anything, 130 cancelled.</source>
        <translation>모든 명령은 --json과 --help를 받습니다. 종료 코드: 0 끝났고 문제없음, 1 문제를 찾음, 2 잘못된 사용법이나 읽을 수 없는 입력, 3 아무것도 바꾸기 전에 거부함, 130 취소함.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>예:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>인수:</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown command "%1". Run "lifeboat-cli --help" for the list.</source>
        <translation>lifeboat-cli: 알 수 없는 명령 "%1". 명령 목록은 "lifeboat-cli --help"로 보세요.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli %1 %2</source>
        <translation>사용법: lifeboat-cli %1 %2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout and nothing else there.</source>
        <translation>표준 출력에 JSON 문서 하나만 씁니다.</translation>
    </message>
    <message>
        <source>See "lifeboat-cli %1 --help".</source>
        <translation>"lifeboat-cli %1 --help"를 보세요.</translation>
    </message>
    <message>
        <source>Folder the set is written into (created if missing).</source>
        <translation>세트를 쓸 폴더(없으면 만듭니다).</translation>
    </message>
    <message>
        <source>An SQLite database to back up; repeatable.</source>
        <translation>백업할 SQLite 데이터베이스. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A folder to archive; repeatable.</source>
        <translation>보관할 폴더. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Files to copy, by glob such as 'data/*.jsonl'; repeatable.</source>
        <translation>복사할 파일을 'data/*.jsonl' 같은 glob으로 지정합니다. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A lifeboat.json describing the data set.</source>
        <translation>데이터 세트를 설명하는 lifeboat.json.</translation>
    </message>
    <message>
        <source>The set's name (default: the first source's name).</source>
        <translation>세트 이름(기본값: 첫 원본의 이름).</translation>
    </message>
    <message>
        <source>A note kept in the manifest, such as "before upgrade".</source>
        <translation>매니페스트에 남길 메모(예: "업그레이드 전").</translation>
    </message>
    <message>
        <source>Compression of asset archives: zstd (default), gzip or none.</source>
        <translation>에셋 아카이브 압축: zstd(기본값), gzip, none.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>예상하지 못한 인수 "%1".</translation>
    </message>
    <message>
        <source>Say where the backup goes with --out DIR.</source>
        <translation>백업을 둘 곳을 --out DIR로 지정하세요.</translation>
    </message>
    <message>
        <source>--compression must be gzip, zstd or none.</source>
        <translation>--compression은 gzip, zstd, none 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n item(s) to %1</source>
        <translation><numerusform>항목 %n개를 %1에 백업했습니다</numerusform></translation>
    </message>
    <message>
        <source>integrity %1</source>
        <translation>무결성 %1</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>스키마 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 before compression</source>
        <translation><numerusform>파일 %n개, 압축 전 %1</numerusform></translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>매니페스트: %1</translation>
    </message>
    <message>
        <source>Removed %1, left unfinished by a backup that was stopped.</source>
        <translation>중단된 백업이 남긴 %1을(를) 지웠습니다.</translation>
    </message>
    <message>
        <source>List every backup under the folders: Lifeboat's sets and the runbooks' layouts (manifest-v1, manifest.json with checksums.txt, loose and gzip-compressed copies, pre-restore snapshots, JSONL stores), newest first.</source>
        <translation>폴더 아래의 모든 백업을 최신순으로 보여 줍니다. Lifeboat 세트와 런북의 형식(manifest-v1, checksums.txt가 있는 manifest.json, 낱개 사본과 gzip 압축 사본, 복원 전 스냅숏, JSONL 저장소)을 모두 찾습니다.</translation>
    </message>
    <message>
        <source>Folders to search.</source>
        <translation>찾아볼 폴더.</translation>
    </message>
    <message>
        <source>Name at least one folder to search.</source>
        <translation>찾아볼 폴더를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>No backups found in %1.</source>
        <translation>%1에서 백업을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>SCHEMA</source>
        <translation>스키마</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation><numerusform>백업 %n개</numerusform></translation>
    </message>
    <message>
        <source>Show a backup: its manifest and, for each item, what is inside (tables with row counts and the schema version of databases).</source>
        <translation>백업 하나를 보여 줍니다. 매니페스트와 항목마다 들어 있는 내용(데이터베이스의 테이블별 행 수와 스키마 버전)을 보여 줍니다.</translation>
    </message>
    <message>
        <source>A set folder, a manifest, a checksums file or a database copy.</source>
        <translation>세트 폴더, 매니페스트, 체크섬 파일, 데이터베이스 사본 중 하나.</translation>
    </message>
    <message>
        <source>Name exactly one backup to inspect.</source>
        <translation>살펴볼 백업을 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>Backup:   %1</source>
        <translation>백업:     %1</translation>
    </message>
    <message>
        <source>Layout:   %1 (%2)</source>
        <translation>형식:     %1 (%2)</translation>
    </message>
    <message>
        <source>Created:  %1</source>
        <translation>만든 시각: %1</translation>
    </message>
    <message>
        <source>Label:    %1</source>
        <translation>메모:     %1</translation>
    </message>
    <message>
        <source>Made by:  %1 on %2</source>
        <translation>만든 사람: %2의 %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>환경:     %1</translation>
    </message>
    <message>
        <source>Problem:  %1</source>
        <translation>문제:     %1</translation>
    </message>
    <message>
        <source>  artifact %1</source>
        <translation>  아티팩트 %1</translation>
    </message>
    <message>
        <source>  size     %1</source>
        <translation>  크기     %1</translation>
    </message>
    <message>
        <source>  sha256   %1</source>
        <translation>  sha256   %1</translation>
    </message>
    <message>
        <source>  source   %1</source>
        <translation>  원본     %1</translation>
    </message>
    <message>
        <source>  restores to %1</source>
        <translation>  복원 위치 %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n file(s), %1 before compression</source>
        <translation><numerusform>  파일 %n개, 압축 전 %1</numerusform></translation>
    </message>
    <message>
        <source>  schema   %1</source>
        <translation>  스키마   %1</translation>
    </message>
    <message>
        <source>  pages    %1 × %2 bytes, %3 mode</source>
        <translation>  페이지   %1 × %2바이트, %3 모드</translation>
    </message>
    <message numerus="yes">
        <source>  table    %1: %n row(s)</source>
        <translation><numerusform>  테이블   %1: %n행</numerusform></translation>
    </message>
    <message>
        <source>  problem  %1</source>
        <translation>  문제     %1</translation>
    </message>
    <message>
        <source>  a gzip-compressed SQLite copy</source>
        <translation>  gzip으로 압축한 SQLite 사본</translation>
    </message>
    <message>
        <source>Run a restore drill that changes nothing: check every artifact's SHA-256, open each database read-only and run integrity_check, check required tables and the schema version, and read every archive to its end, checking each entry's path.</source>
        <translation>아무것도 바꾸지 않는 복원 훈련을 합니다. 모든 아티팩트의 SHA-256을 확인하고, 데이터베이스를 읽기 전용으로 열어 integrity_check를 실행하고, 필수 테이블과 스키마 버전을 확인하고, 모든 아카이브를 끝까지 읽으며 항목마다 경로를 검사합니다.</translation>
    </message>
    <message>
        <source>A set folder, a manifest, a checksums file, a database copy, or a folder holding several.</source>
        <translation>세트 폴더, 매니페스트, 체크섬 파일, 데이터베이스 사본, 또는 이들이 여럿 든 폴더.</translation>
    </message>
    <message>
        <source>Tables every database must have, comma-separated (default: the tables the manifest recorded).</source>
        <translation>모든 데이터베이스에 있어야 하는 테이블, 쉼표로 구분(기본값: 매니페스트에 기록된 테이블).</translation>
    </message>
    <message>
        <source>Use PRAGMA quick_check instead of the full integrity_check.</source>
        <translation>전체 integrity_check 대신 PRAGMA quick_check를 씁니다.</translation>
    </message>
    <message>
        <source>Also write the JSON report to FILE.</source>
        <translation>JSON 보고서를 FILE에도 씁니다.</translation>
    </message>
    <message>
        <source>Name exactly one backup or folder to verify.</source>
        <translation>검증할 백업이나 폴더를 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>Could not write the report "%1": %2</source>
        <translation>보고서 "%1"을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Lifeboat: Restore Drill</source>
        <translation>Lifeboat: 복원 훈련</translation>
    </message>
    <message>
        <source>Backup: %1 (%2)</source>
        <translation>백업: %1 (%2)</translation>
    </message>
    <message>
        <source>Items to verify: %1</source>
        <translation>검증할 항목: %1개</translation>
    </message>
    <message>
        <source>Verifying %1: %2</source>
        <translation>%1 검증: %2</translation>
    </message>
    <message>
        <source>RESTORE DRILL PASSED: All backups verified successfully!</source>
        <translation>복원 훈련 통과: 모든 백업을 검증했습니다!</translation>
    </message>
    <message>
        <source>RESTORE DRILL FAILED: see the [FAIL] lines above.</source>
        <translation>복원 훈련 실패: 위의 [FAIL] 줄을 보세요.</translation>
    </message>
    <message>
        <source>Restore a backup safely: check it, save what is there now as a pre-restore snapshot, replace each target whole, check the result, and roll back by itself if anything fails.</source>
        <translation>백업을 안전하게 복원합니다. 백업을 검사하고, 지금 있는 데이터를 복원 전 스냅숏으로 저장하고, 대상을 통째로 바꾸고, 결과를 검사하며, 무엇이든 실패하면 스스로 되돌립니다.</translation>
    </message>
    <message>
        <source>A set folder, a manifest or a copy to restore from.</source>
        <translation>복원할 세트 폴더, 매니페스트, 사본.</translation>
    </message>
    <message>
        <source>Restore only this item; repeatable.</source>
        <translation>이 항목만 복원합니다. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore somewhere else: a file or folder for one item, a folder for several.</source>
        <translation>다른 곳에 복원합니다. 항목이 하나면 파일이나 폴더, 여럿이면 폴더.</translation>
    </message>
    <message>
        <source>Show the plan (targets, preflight, what changes) and change nothing.</source>
        <translation>계획(대상, 사전 점검, 바뀌는 것)만 보여 주고 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Do not save the current data first (needs --yes); no rollback is possible.</source>
        <translation>현재 데이터를 먼저 저장하지 않습니다(--yes 필요). 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Go ahead although other processes have a target open.</source>
        <translation>다른 프로세스가 대상을 열어 두었어도 진행합니다.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation. A database is then checked in its staged copy rather than first in the preflight; one that fails is still refused before anything is replaced.</source>
        <translation>확인을 묻지 않습니다. 이때 데이터베이스는 사전 점검에서 먼저 검사하지 않고 준비한 사본에서 검사하며, 통과하지 못하면 여전히 아무것도 교체하기 전에 거부합니다.</translation>
    </message>
    <message>
        <source>A lifeboat.json whose smoke checks and required tables the result must pass.</source>
        <translation>결과가 통과해야 할 스모크 검사와 필수 테이블이 적힌 lifeboat.json.</translation>
    </message>
    <message>
        <source>Name exactly one backup to restore.</source>
        <translation>복원할 백업을 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--no-snapshot throws the current data away for good; add --yes to confirm.</source>
        <translation>--no-snapshot은 현재 데이터를 영영 버립니다. 확인하려면 --yes를 붙이세요.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거부함: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>시험 실행: 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Restore now? [y/N] </source>
        <translation>지금 복원할까요? [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Checks after the restore:</source>
        <translation>복원 후 검사:</translation>
    </message>
    <message>
        <source>Snapshot: %1 (restore it to undo)</source>
        <translation>스냅숏: %1(되돌리려면 이것을 복원하세요)</translation>
    </message>
    <message>
        <source>Restore from %1 (%2)</source>
        <translation>%1에서 복원(%2)</translation>
    </message>
    <message>
        <source>  %1 (%2) → %3</source>
        <translation>  %1 (%2) → %3</translation>
    </message>
    <message>
        <source>      no snapshot (--no-snapshot)</source>
        <translation>      스냅숏 없음(--no-snapshot)</translation>
    </message>
    <message>
        <source>      new: nothing there yet</source>
        <translation>      새로 만듦: 아직 아무것도 없음</translation>
    </message>
    <message>
        <source>      current data saved first to %1</source>
        <translation>      현재 데이터를 먼저 %1에 저장</translation>
    </message>
    <message>
        <source>Preflight:</source>
        <translation>사전 점검:</translation>
    </message>
    <message>
        <source>%1: current against backup</source>
        <translation>%1: 현재와 백업 비교</translation>
    </message>
    <message>
        <source>  schema version %1 → %2</source>
        <translation>  스키마 버전 %1 → %2</translation>
    </message>
    <message>
        <source>newest now %1, in the backup %2</source>
        <translation>현재 최신 %1, 백업의 최신 %2</translation>
    </message>
    <message>
        <source>  %1: %2 → %3 rows</source>
        <translation>  %1: %2행 → %3행</translation>
    </message>
    <message>
        <source>Back up a database before a schema migration: when its schema version differs from the one the code expects, write &lt;stem&gt;.backup.&lt;version&gt;.&lt;timestamp&gt;.db beside it. A failed backup is reported but never blocks the migration, unless --strict.</source>
        <translation>스키마 마이그레이션 전에 데이터베이스를 백업합니다. 스키마 버전이 코드가 기대하는 버전과 다르면 옆에 &lt;stem&gt;.backup.&lt;version&gt;.&lt;timestamp&gt;.db를 씁니다. 백업이 실패하면 알리지만 --strict가 아니면 마이그레이션을 막지 않습니다.</translation>
    </message>
    <message>
        <source>The database about to be migrated.</source>
        <translation>마이그레이션할 데이터베이스.</translation>
    </message>
    <message>
        <source>The schema version the code expects.</source>
        <translation>코드가 기대하는 스키마 버전.</translation>
    </message>
    <message>
        <source>SQL giving the current version (default: the meta table's schema_version, else PRAGMA user_version).</source>
        <translation>현재 버전을 돌려주는 SQL(기본값: meta 테이블의 schema_version, 없으면 PRAGMA user_version).</translation>
    </message>
    <message>
        <source>Exit 1 when the backup fails, instead of letting the migration go on.</source>
        <translation>백업이 실패하면 마이그레이션을 진행시키지 않고 1로 끝냅니다.</translation>
    </message>
    <message>
        <source>Give --db PATH and --expect-version V.</source>
        <translation>--db PATH와 --expect-version V를 주세요.</translation>
    </message>
    <message>
        <source>Show what Lifeboat did: every backup, verification, restore, rollback and pre-migration backup, with time, host, operator, target and outcome, newest first.</source>
        <translation>Lifeboat가 한 일을 최신순으로 보여 줍니다. 모든 백업, 검증, 복원, 되돌리기, 마이그레이션 전 백업을 시각, 호스트, 작업자, 대상, 결과와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Write a log a team can paste into its operations notes.</source>
        <translation>팀이 운영 기록에 붙여 넣을 수 있는 로그를 씁니다.</translation>
    </message>
    <message>
        <source>Show at most N entries (default: all).</source>
        <translation>항목을 최대 N개 보여 줍니다(기본값: 전부).</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit에는 정수를 주세요.</translation>
    </message>
    <message>
        <source>The journal %1 is empty.</source>
        <translation>저널 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>Remove the backups a retention policy no longer keeps: the newest N, one per day, week or month for so long. Each data set is pruned on its own; nothing of it is removed while its newest backup has not verified, its newest verified backup is always kept, snapshots only go when named, and pre-migration backups when named or older than --keep-pre-migration-days.</source>
        <translation>보존 정책이 더 이상 유지하지 않는 백업을 지웁니다. 최신 N개, 일별·주별·월별로 정한 기간 동안 하나씩 유지합니다. 데이터 세트마다 따로 정리하며, 그 최신 백업이 검증되지 않았으면 아무것도 지우지 않고, 검증된 최신 백업은 언제나 유지합니다. 스냅숏은 이름으로 지정해야만, 마이그레이션 전 백업은 이름으로 지정하거나 --keep-pre-migration-days보다 오래되었을 때만 지웁니다.</translation>
    </message>
    <message>
        <source>The folder of backups to prune.</source>
        <translation>정리할 백업 폴더.</translation>
    </message>
    <message>
        <source>Keep the newest N.</source>
        <translation>최신 N개를 유지합니다.</translation>
    </message>
    <message>
        <source>Keep the newest of each day, for N days.</source>
        <translation>N일 동안 하루에 가장 최신 것 하나씩 유지합니다.</translation>
    </message>
    <message>
        <source>Keep the newest of each week, for N weeks.</source>
        <translation>N주 동안 한 주에 가장 최신 것 하나씩 유지합니다.</translation>
    </message>
    <message>
        <source>Keep the newest of each month, for N months.</source>
        <translation>N개월 동안 한 달에 가장 최신 것 하나씩 유지합니다.</translation>
    </message>
    <message>
        <source>local-dev (daily 14 days, weekly 8 weeks) or shared-staging (daily 30 days, monthly 6 months).</source>
        <translation>local-dev(일별 14일, 주별 8주) 또는 shared-staging(일별 30일, 월별 6개월).</translation>
    </message>
    <message>
        <source>Use the retention of this lifeboat.json.</source>
        <translation>이 lifeboat.json의 보존 정책을 씁니다.</translation>
    </message>
    <message>
        <source>Also remove this snapshot or pre-migration backup, named; repeatable.</source>
        <translation>이 스냅숏이나 마이그레이션 전 백업도 지웁니다. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Show every backup with keep or remove and the rule, and remove nothing.</source>
        <translation>백업마다 유지할지 지울지와 그 규칙을 보여 주고 아무것도 지우지 않습니다.</translation>
    </message>
    <message>
        <source>Name the one folder of backups to prune.</source>
        <translation>정리할 백업 폴더 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>--preset must be local-dev or shared-staging.</source>
        <translation>--preset은 local-dev나 shared-staging이어야 합니다.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1에는 정수를 주세요.</translation>
    </message>
    <message>
        <source>Say what to keep: --keep-last, --keep-daily, --keep-weekly, --keep-monthly, --keep-pre-migration-days, --preset or --profile.</source>
        <translation>무엇을 유지할지 정하세요: --keep-last, --keep-daily, --keep-weekly, --keep-monthly, --preset, --profile.</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제함</translation>
    </message>
    <message>
        <source>Dry run: nothing was removed.</source>
        <translation>시험 실행: 아무것도 지우지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n backup(s).</source>
        <translation><numerusform>백업 %n개를 지웠습니다.</numerusform></translation>
    </message>
    <message>
        <source>For each data set: the newest backup, the newest verified backup and its age against the RPO target, and the last restore's duration against the RTO target. Exits 1 when the RPO is breached, for cron or monitoring to alert.</source>
        <translation>데이터 세트마다 최신 백업, 검증된 최신 백업과 그 나이를 RPO 목표와 비교하고, 마지막 복원에 걸린 시간을 RTO 목표와 비교해 보여 줍니다. RPO를 넘기면 1로 끝나므로 cron이나 모니터링이 알릴 수 있습니다.</translation>
    </message>
    <message>
        <source>A data set's lifeboat.json; repeatable.</source>
        <translation>데이터 세트의 lifeboat.json. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Name the data sets with --profile FILE.</source>
        <translation>--profile FILE로 데이터 세트를 지정하세요.</translation>
    </message>
    <message>
        <source>  newest backup:   %1</source>
        <translation>  최신 백업:       %1</translation>
    </message>
    <message>
        <source>  newest backup:   none</source>
        <translation>  최신 백업:       없음</translation>
    </message>
    <message>
        <source>  newest verified: %1, %2 hours old</source>
        <translation>  검증된 최신 백업: %1, %2시간 전</translation>
    </message>
    <message>
        <source>  newest verified: none</source>
        <translation>  검증된 최신 백업: 없음</translation>
    </message>
    <message>
        <source>  RPO %1 h: BREACHED</source>
        <translation>  RPO %1시간: 넘김</translation>
    </message>
    <message>
        <source>  RPO %1 h: met</source>
        <translation>  RPO %1시간: 지킴</translation>
    </message>
    <message>
        <source>  last restore took %1 s (RTO %2 h)</source>
        <translation>  마지막 복원: %1초 걸림(RTO %2시간)</translation>
    </message>
    <message>
        <source>Of a folder of backups, verify only the newest.</source>
        <translation>백업 폴더에서 가장 최신 백업만 검증합니다.</translation>
    </message>
    <message>
        <source>Print a user systemd timer and service, or a crontab line, that backs the data set up and then verifies the new backup.</source>
        <translation>데이터 세트를 백업한 뒤 새 백업을 검증하는 사용자 systemd 타이머와 서비스, 또는 crontab 줄을 출력합니다.</translation>
    </message>
    <message>
        <source>The data set's lifeboat.json.</source>
        <translation>데이터 세트의 lifeboat.json.</translation>
    </message>
    <message>
        <source>systemd (a timer and a service) or cron (a crontab line).</source>
        <translation>systemd(타이머와 서비스) 또는 cron(crontab 줄).</translation>
    </message>
    <message>
        <source>The time of day to run, local time (default 02:00).</source>
        <translation>실행할 시각, 현지 시각(기본값 02:00).</translation>
    </message>
    <message>
        <source>Give --profile FILE and --print systemd or --print cron.</source>
        <translation>--profile FILE과 --print systemd 또는 --print cron을 주세요.</translation>
    </message>
    <message>
        <source>--at takes a time like 02:30.</source>
        <translation>--at에는 02:30 같은 시각을 주세요.</translation>
    </message>
    <message>
        <source>The profile "%1" has no "destination" to back up into.</source>
        <translation>프로필 "%1"에 백업할 곳인 "destination"이 없습니다.</translation>
    </message>
    <message>
        <source>  RPO %1 h: met, due soon</source>
        <translation>  RPO %1시간: 충족, 곧 만료</translation>
    </message>
    <message>
        <source>Take a consistent backup set: SQLite databases through a live, consistent copy, asset folders as tar archives, files by glob, PostgreSQL with pg_dump; with manifest.json and checksums.txt.</source>
        <translation>일관된 백업 세트를 만듭니다: SQLite 데이터베이스는 실행 중에도 일관된 복사본으로, 에셋 폴더는 tar 아카이브로, 파일은 glob으로, PostgreSQL은 pg_dump로 백업하고 manifest.json과 checksums.txt를 함께 씁니다.</translation>
    </message>
    <message>
        <source>A PostgreSQL database, by the environment variable holding its DSN (never the DSN itself); repeatable.</source>
        <translation>PostgreSQL 데이터베이스. DSN 자체가 아니라 DSN을 담은 환경 변수 이름을 줍니다. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing to back up: give --db, --assets, --files, --postgres or --profile.</source>
        <translation>백업할 것이 없습니다: --db, --assets, --files, --postgres, --profile 중 하나를 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), PostgreSQL %1</source>
        <translation><numerusform>테이블 %n개, PostgreSQL %1</numerusform></translation>
    </message>
    <message>
        <source>  database %1 on PostgreSQL %2, dumped by pg_dump %3</source>
        <translation>  데이터베이스 %1, PostgreSQL %2, pg_dump %3(으)로 덤프</translation>
    </message>
    <message>
        <source>PostgreSQL: restore each dump into a scratch database, compare its row counts with the manifest, and drop it.</source>
        <translation>PostgreSQL: 덤프마다 임시 데이터베이스에 복원하고, 행 수를 매니페스트와 비교한 뒤, 임시 데이터베이스를 삭제합니다.</translation>
    </message>
    <message>
        <source>PostgreSQL: the environment variable holding the DSN of the server for --drill (default: the one the manifest recorded).</source>
        <translation>PostgreSQL: --drill에 쓸 서버의 DSN을 담은 환경 변수(기본값: 매니페스트에 기록된 것).</translation>
    </message>
    <message>
        <source>PostgreSQL: a service of libpq's service file for --drill.</source>
        <translation>PostgreSQL: --drill에 쓸 libpq 서비스 파일의 서비스.</translation>
    </message>
    <message>
        <source>PostgreSQL: the environment variable holding the DSN of the server to restore into (default: the one the manifest recorded). --to names another database.</source>
        <translation>PostgreSQL: 복원할 서버의 DSN을 담은 환경 변수(기본값: 매니페스트에 기록된 것). --to로 다른 데이터베이스를 지정합니다.</translation>
    </message>
    <message>
        <source>PostgreSQL: a service of libpq's service file to restore into.</source>
        <translation>PostgreSQL: 복원할 곳인 libpq 서비스 파일의 서비스.</translation>
    </message>
    <message>
        <source>Warning: the restore from %1 started %2 was interrupted. Run "lifeboat-cli recover" to finish or undo it.</source>
        <translation>경고: %2에 시작한 %1에서의 복원이 중단되었습니다. 마치거나 되돌리려면 "lifeboat-cli recover"를 실행하십시오.</translation>
    </message>
    <message>
        <source>Show the restores that were interrupted (the process was killed, the machine went down) and finish or undo them.</source>
        <translation>중단된 복원(프로세스가 강제 종료되었거나 컴퓨터가 꺼진 경우)을 보여 주고, 마치거나 되돌립니다.</translation>
    </message>
    <message>
        <source>Restore the backup again over the same targets.</source>
        <translation>같은 대상에 백업을 다시 복원합니다.</translation>
    </message>
    <message>
        <source>Put back what was there before the restore, from its snapshots.</source>
        <translation>스냅숏에서 복원 전에 있던 데이터를 되돌려 놓습니다.</translation>
    </message>
    <message>
        <source>Choose one: --finish or --undo.</source>
        <translation>--finish와 --undo 중 하나만 고르십시오.</translation>
    </message>
    <message>
        <source>No restore was interrupted.</source>
        <translation>중단된 복원이 없습니다.</translation>
    </message>
    <message>
        <source>Restore from %1, started %2, did not finish:</source>
        <translation>%2에 시작한 %1에서의 복원이 끝나지 않았습니다:</translation>
    </message>
    <message>
        <source>Run "lifeboat-cli recover --finish" to restore the backup again, or "lifeboat-cli recover --undo" to put the data back as it was.</source>
        <translation>백업을 다시 복원하려면 "lifeboat-cli recover --finish"를, 데이터를 원래대로 되돌리려면 "lifeboat-cli recover --undo"를 실행하십시오.</translation>
    </message>
    <message>
        <source>  table    %1: cannot be read; lifeboat-cli verify says why</source>
        <translation>  테이블   %1: 읽을 수 없음. 이유는 lifeboat-cli verify가 알려 줍니다</translation>
    </message>
    <message>
        <source>Could not read the folder "%1": permission denied; backups in it are not listed.</source>
        <translation>"%1" 폴더를 읽을 수 없습니다(권한 거부). 그 안의 백업은 목록에 없습니다.</translation>
    </message>
    <message>
        <source>--remove %1: no backup of that name is in "%2"; "lifeboat-cli list %2" shows their names.</source>
        <translation>--remove %1: "%2"에는 그런 이름의 백업이 없습니다. 이름은 "lifeboat-cli list %2"로 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::BackupListModel</name>
    <message>
        <source>Pre-restore snapshot</source>
        <translation>복원 전 스냅숏</translation>
    </message>
    <message>
        <source>Pre-migration backup</source>
        <translation>마이그레이션 전 백업</translation>
    </message>
    <message>
        <source>Manual copy</source>
        <translation>수동 사본</translation>
    </message>
    <message>
        <source>Copy before restore</source>
        <translation>복원 전에 남긴 사본</translation>
    </message>
    <message>
        <source>Lifeboat set</source>
        <translation>Lifeboat 세트</translation>
    </message>
    <message>
        <source>Manifest (v1)</source>
        <translation>매니페스트(v1)</translation>
    </message>
    <message>
        <source>Folder with checksums</source>
        <translation>체크섬이 있는 폴더</translation>
    </message>
    <message>
        <source>Compressed copy</source>
        <translation>압축한 사본</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>사본</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>스키마</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>검증한 적 없음</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>%1 검증됨</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>%1 실패</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>에셋</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL 데이터베이스</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::CheckTitles</name>
    <message>
        <source>Application started for the checks</source>
        <translation>검사를 위해 애플리케이션 시작</translation>
    </message>
    <message>
        <source>Smoke check %1</source>
        <translation>스모크 검사 %1</translation>
    </message>
    <message>
        <source>Manifest readable</source>
        <translation>매니페스트 읽기</translation>
    </message>
    <message>
        <source>SHA-256 matches</source>
        <translation>SHA-256 일치</translation>
    </message>
    <message>
        <source>Opens as SQLite</source>
        <translation>SQLite로 열림</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>무결성 검사</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>빠른 검사</translation>
    </message>
    <message>
        <source>Required tables</source>
        <translation>필수 테이블</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>스키마 버전</translation>
    </message>
    <message>
        <source>Archive reads to the end</source>
        <translation>아카이브 끝까지 읽기</translation>
    </message>
    <message>
        <source>Files in the archive</source>
        <translation>아카이브의 파일 수</translation>
    </message>
    <message>
        <source>JSON readable</source>
        <translation>JSON 읽기</translation>
    </message>
    <message>
        <source>Dump readable</source>
        <translation>덤프 읽기</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>복원 훈련</translation>
    </message>
    <message>
        <source>Backup verifies</source>
        <translation>백업 검증</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>빈 공간</translation>
    </message>
    <message>
        <source>Nothing holds it open</source>
        <translation>열어 둔 프로그램 없음</translation>
    </message>
    <message>
        <source>Target writable</source>
        <translation>대상에 쓰기 가능</translation>
    </message>
    <message>
        <source>Server answers</source>
        <translation>서버 응답</translation>
    </message>
    <message>
        <source>pg_restore reads the dump</source>
        <translation>pg_restore가 덤프를 읽음</translation>
    </message>
    <message>
        <source>No interrupted restore</source>
        <translation>중단된 복원 없음</translation>
    </message>
    <message>
        <source>Content matches the backup</source>
        <translation>내용이 백업과 일치</translation>
    </message>
    <message>
        <source>Files restored</source>
        <translation>복원된 파일</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Integrity check after rollback</source>
        <translation>롤백 뒤 무결성 검사</translation>
    </message>
    <message>
        <source>Row counts after rollback</source>
        <translation>롤백 뒤 행 수</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::HistoryDialog</name>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>정리</translation>
    </message>
    <message>
        <source>Pre-migration backup</source>
        <translation>마이그레이션 전 백업</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Filter by target, outcome, operator or host</source>
        <translation>대상, 결과, 작업자 또는 호스트로 거르기</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1밀리초</translation>
    </message>
    <message>
        <source>written</source>
        <translation>기록됨</translation>
    </message>
    <message>
        <source>written, a copy failed its check</source>
        <translation>기록됨, 사본 하나가 검사를 통과하지 못함</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>롤백됨</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제함</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>백업됨</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::Inspector</name>
    <message>
        <source>Copy Value</source>
        <translation>값 복사</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>매니페스트</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Reading the files inside…</source>
        <translation>안에 든 파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>아티팩트</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>스키마 버전</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Restores to</source>
        <translation>복원 위치</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln행</numerusform></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>SHA-256 복사</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>None of the backup's files is where it says.</source>
        <translation>백업이 가리키는 곳에 백업의 파일이 하나도 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), read from the backup without extracting it.</source>
        <translation><numerusform>파일 %n개 (압축을 풀지 않고 백업에서 읽음)</numerusform></translation>
    </message>
    <message>
        <source>No manifest: Lifeboat recognised this backup by its name and contents.</source>
        <translation>매니페스트 없음: Lifeboat가 이름과 내용으로 이 백업을 알아보았습니다.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::InterruptedRestoreDialog</name>
    <message>
        <source>replaced</source>
        <translation>교체됨</translation>
    </message>
    <message>
        <source>not replaced yet</source>
        <translation>아직 교체되지 않음</translation>
    </message>
    <message>
        <source>&amp;Finish the Restore</source>
        <translation>복원 마치기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Undo the Restore</source>
        <translation>복원 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>나중에 정하기(&amp;L)</translation>
    </message>
    <message>
        <source>A Restore Was Interrupted</source>
        <translation>복원이 중단되었습니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;A restore from &lt;b&gt;%1&lt;/b&gt;, started %2, did not finish: Lifeboat or the computer stopped while it ran.&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Each of these is whole, never a mix: either as it was before or as the backup has it. &lt;b&gt;Finish the Restore&lt;/b&gt; restores the backup again; &lt;b&gt;Undo the Restore&lt;/b&gt; puts back what was there before, from the snapshots taken first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;에서 %2에 시작한 복원이 끝나지 않았습니다. 복원하는 도중에 Lifeboat나 컴퓨터가 멈췄습니다.&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;위 항목은 모두 온전하며 섞여 있지 않습니다. 예전 그대로이거나 백업과 같습니다. &lt;b&gt;복원 마치기&lt;/b&gt;는 백업을 다시 복원하고, &lt;b&gt;복원 되돌리기&lt;/b&gt;는 먼저 만들어 둔 스냅숏으로 예전 상태를 되살립니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This restore ran without snapshots: there is nothing to put back.</source>
        <translation>이 복원은 스냅숏 없이 실행되어 되살릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <source>The undo stopped before these snapshots were restored; restore each from the list to finish it:
%1</source>
        <translation>되돌리기가 다음 스냅숏을 복원하기 전에 멈췄습니다. 마저 되돌리려면 목록에서 각각 복원하세요:
%1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업 목록</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>데모 작업 공간 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Sample data with backups in every runbook's layout, one of them damaged</source>
        <translation>모든 런북 형식의 백업이 있는 예제 데이터(그중 하나는 손상됨)</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>데모 작업 공간을 준비하는 중…</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>데모 작업 공간</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>"%1" does not exist. Check the path, or open another folder of backups or lifeboat.json.</source>
        <translation>"%1"이(가) 없습니다. 경로를 확인하거나 다른 백업 폴더나 lifeboat.json을 여세요.</translation>
    </message>
    <message>
        <source>Undo the Restore (%1 of %2)</source>
        <translation>복원 되돌리기(%2개 중 %1번째)</translation>
    </message>
    <message>
        <source>Undo the Restore</source>
        <translation>복원 되돌리기</translation>
    </message>
    <message>
        <source>A Backup Is Running</source>
        <translation>백업이 진행 중입니다</translation>
    </message>
    <message>
        <source>A Verification Is Running</source>
        <translation>검증이 진행 중입니다</translation>
    </message>
    <message>
        <source>Quitting stops the backup; what it has written so far is removed. Quit anyway?</source>
        <translation>종료하면 백업이 멈추고 지금까지 쓴 것은 지워집니다. 그래도 종료할까요?</translation>
    </message>
    <message>
        <source>Quitting stops the verification. Quit anyway?</source>
        <translation>종료하면 검증이 멈춥니다. 그래도 종료할까요?</translation>
    </message>
    <message>
        <source>Settle an &amp;Interrupted Restore…</source>
        <translation>중단된 복원 정리(&amp;I)…</translation>
    </message>
    <message>
        <source>Finish or undo a restore that stopped halfway, when Lifeboat or the computer stopped</source>
        <translation>Lifeboat나 컴퓨터가 멈춰 중간에 멈춘 복원을 마치거나 되돌립니다</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>Filter backups</source>
        <translation>백업 필터</translation>
    </message>
    <message>
        <source>Data &amp;sets</source>
        <translation>데이터 세트(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation><numerusform>백업 %n개</numerusform></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move Data Set</source>
        <translation>데이터 세트 제거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>Lifeboat 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 찾는 중…</translation>
    </message>
    <message>
        <source>Open a folder of backups</source>
        <translation>백업 폴더 열기</translation>
    </message>
    <message>
        <source>About Lifeboat</source>
        <translation>Lifeboat 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lifeboat %1&lt;/h3&gt;&lt;p&gt;Backups, restore drills and guided restores for the local data of applications under development.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lifeboat %1&lt;/h3&gt;&lt;p&gt;개발 중인 애플리케이션의 로컬 데이터를 위한 백업, 복원 훈련, 안내형 복원.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <source>Check that the selected backup would restore, changing nothing</source>
        <translation>선택한 백업이 복원되는지 아무것도 바꾸지 않고 확인합니다</translation>
    </message>
    <message>
        <source>Verify with Restore &amp;Drill</source>
        <translation>복원 훈련 포함 검증(&amp;D)</translation>
    </message>
    <message>
        <source>Also restore each PostgreSQL dump into a scratch database on its server, then drop that database</source>
        <translation>PostgreSQL 덤프마다 그 서버의 임시 데이터베이스에 복원까지 해 보고, 그 데이터베이스를 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Put the selected backup back, saving what is there first</source>
        <translation>지금 있는 것을 먼저 저장하고 선택한 백업을 되살립니다</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>The backup verified: it would restore.</source>
        <translation>백업이 검증되었습니다. 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>The backup failed verification; see the failed checks.</source>
        <translation>백업이 검증을 통과하지 못했습니다. 실패한 검사를 보세요.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Add a folder of backups as a data set</source>
        <translation>백업 폴더를 데이터 세트로 추가합니다</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>파일 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a profile (lifeboat.json), a manifest, a checksums file or a database copy</source>
        <translation>프로필(lifeboat.json), 매니페스트, 체크섬 파일 또는 데이터베이스 사본을 추가합니다</translation>
    </message>
    <message>
        <source>Forget the data set; its backups stay where they are</source>
        <translation>데이터 세트를 목록에서 뺍니다. 백업은 그 자리에 그대로 남습니다</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Data Set</source>
        <translation>데이터 세트(&amp;D)</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>지금 백업(&amp;U)</translation>
    </message>
    <message>
        <source>Back the data set up as its profile describes</source>
        <translation>프로필에 적힌 대로 데이터 세트를 백업합니다</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>정리(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview which backups a retention policy keeps, then remove the rest</source>
        <translation>보존 정책이 남길 백업을 미리 보고 나머지를 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>예약(&amp;S)…</translation>
    </message>
    <message>
        <source>A systemd timer or crontab line that backs up and verifies every day</source>
        <translation>매일 백업하고 검증하는 systemd 타이머 또는 crontab 줄</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>기록(&amp;H)</translation>
    </message>
    <message>
        <source>Every backup, verification, restore and prune Lifeboat recorded</source>
        <translation>Lifeboat가 기록한 모든 백업, 검증, 복원, 정리</translation>
    </message>
    <message>
        <source>Back up %1 now</source>
        <translation>%1 지금 백업</translation>
    </message>
    <message>
        <source>Open a data set's lifeboat.json to back it up from here</source>
        <translation>여기서 백업하려면 데이터 세트의 lifeboat.json을 여세요</translation>
    </message>
    <message>
        <source>"%1" does not exist.</source>
        <translation>"%1"이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Open a folder of backups or a lifeboat.json, or drop one here; File › Open the Demo Workspace shows Lifeboat on sample data.</source>
        <translation>백업 폴더나 lifeboat.json을 열거나 여기에 끌어다 놓으세요. 파일 › 데모 작업 공간 열기에서 예제 데이터로 Lifeboat를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>%1에 백업했습니다.</translation>
    </message>
    <message>
        <source>Backed up to %1, but a database copy failed its quick check.</source>
        <translation>%1에 백업했지만 데이터베이스 사본 하나가 빠른 검사(quick_check)를 통과하지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished backup(s) left by backups that were stopped.</source>
        <translation><numerusform>중단된 백업이 남긴 미완성 백업 %n개를 지웠습니다.</numerusform></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 백업 중…</translation>
    </message>
    <message>
        <source>Open a profile, manifest, checksums file or database copy</source>
        <translation>프로필, 매니페스트, 체크섬 파일 또는 데이터베이스 사본 열기</translation>
    </message>
    <message>
        <source>Lifeboat files (*.json *.txt *.sha256 *.db *.sqlite *.sqlite3 *.gz *.pgdump);;All files (*)</source>
        <translation>Lifeboat 파일 (*.json *.txt *.sha256 *.db *.sqlite *.sqlite3 *.gz *.pgdump);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The interrupted restore is settled.</source>
        <translation>중단된 복원을 마무리했습니다.</translation>
    </message>
    <message>
        <source>The interrupted restore is not settled yet.</source>
        <translation>중단된 복원이 아직 마무리되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PruneDialog</name>
    <message>
        <source>always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>days (runbook 002 removes them after 30)</source>
        <translation>일(런북 002는 30일 뒤에 지웁니다)</translation>
    </message>
    <message>
        <source>Pre-migration backups, for:</source>
        <translation>마이그레이션 전 백업 보존:</translation>
    </message>
    <message>
        <source>%1 held back until the newest backup passes verification: verify it, or back up again if it failed.</source>
        <translation>가장 최근 백업이 검증을 통과할 때까지 %1의 정리를 보류합니다. 검증하거나, 검증에 실패했다면 다시 백업하세요.</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>백업 정리</translation>
    </message>
    <message>
        <source>The data set's own policy</source>
        <translation>데이터 세트 자체 정책</translation>
    </message>
    <message>
        <source>Local development: daily for 14 days, weekly for 8 weeks</source>
        <translation>로컬 개발: 14일 동안 매일, 8주 동안 매주</translation>
    </message>
    <message>
        <source>Shared staging: daily for 30 days, monthly for 6 months</source>
        <translation>공유 스테이징: 30일 동안 매일, 6개월 동안 매월</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>정책:</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>보존:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Each data set is pruned on its own. Nothing of it is pruned while its newest backup has not verified; its newest verified backup and pre-restore snapshots are always kept, pre-migration backups for as long as said below.</source>
        <translation>데이터 세트마다 따로 정리합니다. 그 최신 백업이 검증되기 전에는 아무것도 정리하지 않으며, 검증된 최신 백업과 복원 전 스냅숏은 항상 남기고, 마이그레이션 전 백업은 아래에서 정한 기간 동안 남깁니다.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 찾는 중…</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Say what to keep: a preset or at least one number.</source>
        <translation>무엇을 남길지 정하세요: 프리셋 하나 또는 숫자 하나 이상.</translation>
    </message>
    <message>
        <source>%1 to keep, %2 to remove.</source>
        <translation>보존 %1, 삭제 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation><numerusform>백업 %n개</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Backup(s)…</source>
        <translation><numerusform>백업 %n개 삭제…</numerusform></translation>
    </message>
    <message>
        <source>Remove Backups</source>
        <translation>백업 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n backup(s) for good? The rest are kept, and each removal is written to the journal.</source>
        <translation><numerusform>백업 %n개를 영구히 삭제할까요? 나머지는 남고, 삭제할 때마다 저널에 기록됩니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removing %n backup(s)…</source>
        <translation><numerusform>백업 %n개 삭제 중…</numerusform></translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreWizard</name>
    <message>
        <source>Other programs have the data open. Quit the programs listed above, then press Retry.</source>
        <translation>다른 프로그램이 데이터를 열어 두고 있습니다. 위에 나온 프로그램을 끝낸 뒤 다시 시도를 누르세요.</translation>
    </message>
    <message>
        <source>The restore is running: press Cancel restore to stop it.</source>
        <translation>복원이 진행 중입니다. 멈추려면 복원 취소를 누르세요.</translation>
    </message>
    <message>
        <source>The choices changed after the preflight: nothing was restored. Go back and run the preflight again.</source>
        <translation>사전 점검 뒤에 선택이 바뀌었습니다. 아무것도 복원하지 않았습니다. 뒤로 가서 사전 점검을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>What was there before is kept at:</source>
        <translation>복원 전에 있던 것은 다음 위치에 보관되어 있습니다:</translation>
    </message>
    <message>
        <source>&amp;Undo: restore the %1 snapshots</source>
        <translation>되돌리기: 스냅숏 %1개 복원(&amp;U)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>백업 고르기</translation>
    </message>
    <message>
        <source>The data will be put back as this backup holds it.</source>
        <translation>이 백업에 든 그대로 데이터를 되살립니다.</translation>
    </message>
    <message>
        <source>Choose where it goes</source>
        <translation>복원할 위치 고르기</translation>
    </message>
    <message>
        <source>Put it back where it came from, or restore to another folder first to look at it there.</source>
        <translation>원래 자리에 되돌리거나, 먼저 다른 폴더에 복원해 살펴볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The original place</source>
        <translation>원래 자리</translation>
    </message>
    <message>
        <source>Another folder:</source>
        <translation>다른 폴더:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>복원할 폴더</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>This backup does not record where everything came from: choose a folder.</source>
        <translation>이 백업에는 모든 항목의 원래 위치가 기록되어 있지 않습니다. 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <source>Lifeboat checks the backup, the room on the disk and that nothing holds the data open. Nothing changes yet.</source>
        <translation>Lifeboat가 백업, 디스크 공간, 데이터를 열어 둔 프로세스가 없는지 확인합니다. 아직 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>What the restore replaces, and where what is there now is kept.</source>
        <translation>복원이 무엇을 바꾸는지, 그리고 지금 있는 것을 어디에 보관하는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>스키마 버전</translation>
    </message>
    <message>
        <source>(no table)</source>
        <translation>(테이블 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln행</numerusform></translation>
    </message>
    <message>
        <source>Newest now: %1
Newest in the backup: %2</source>
        <translation>현재 최신: %1
백업의 최신: %2</translation>
    </message>
    <message>
        <source>Nothing is there yet, so nothing needs saving.</source>
        <translation>아직 아무것도 없으므로 저장할 것이 없습니다.</translation>
    </message>
    <message>
        <source>What is there now is kept, as it is, at:
%1</source>
        <translation>지금 있는 것은 그대로 다음 위치에 보관합니다:
%1</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>복원 중</translation>
    </message>
    <message>
        <source>If anything fails, the snapshot is put back by itself.</source>
        <translation>무엇이든 실패하면 스냅숏으로 저절로 롤백합니다.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>복원했습니다.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>롤백했습니다.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>실패했습니다.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>거부했습니다.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>I understand that the data above is replaced.</source>
        <translation>위의 데이터가 바뀐다는 것을 이해했습니다.</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>복원 취소</translation>
    </message>
    <message>
        <source>Open the target folder</source>
        <translation>대상 폴더 열기</translation>
    </message>
    <message>
        <source>&amp;Undo: restore the snapshot</source>
        <translation>되돌리기: 스냅숏 복원(&amp;U)</translation>
    </message>
    <message>
        <source>Item or table</source>
        <translation>항목이나 테이블</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>A folder to restore into</source>
        <translation>복원할 폴더</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>프로세스 %1</translation>
    </message>
    <message>
        <source>holds it open</source>
        <translation>열어 두고 있음</translation>
    </message>
    <message>
        <source>Everything is ready. Nothing has changed yet.</source>
        <translation>모든 준비가 끝났습니다. 아직 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Fix this, then press Retry.</source>
        <translation>이 문제를 해결한 뒤 다시 시도를 누르세요.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>%1 replaces %2</source>
        <translation>%1 → %2 (교체)</translation>
    </message>
    <message>
        <source>%1 is created as %2</source>
        <translation>%1을(를) %2(으)로 새로 만듭니다</translation>
    </message>
    <message>
        <source>The checks after the restore, and what to do next.</source>
        <translation>복원 후 검사와 다음에 할 일.</translation>
    </message>
    <message>
        <source>The server's DSN is in the environment variable:</source>
        <translation>서버 DSN이 들어 있는 환경 변수:</translation>
    </message>
    <message>
        <source>as the backup records (for example DATABASE_URL)</source>
        <translation>백업에 기록된 대로 (예: DATABASE_URL)</translation>
    </message>
    <message>
        <source>Another database:</source>
        <translation>다른 데이터베이스:</translation>
    </message>
    <message>
        <source>The name of a database on the server</source>
        <translation>서버에 있는 데이터베이스 이름</translation>
    </message>
    <message>
        <source>This dump does not record its server: name a database and the variable holding the server's DSN.</source>
        <translation>이 덤프에는 서버가 기록되어 있지 않습니다. 데이터베이스 이름과 서버 DSN이 들어 있는 변수를 지정하세요.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Open the snapshot's folder</source>
        <translation>스냅숏 폴더 열기</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ScheduleDialog</name>
    <message>
        <source>Schedule Backups of %1</source>
        <translation>%1 백업 예약</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>systemd 사용자 타이머</translation>
    </message>
    <message>
        <source>crontab line</source>
        <translation>crontab 줄</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>스케줄러:</translation>
    </message>
    <message>
        <source>Every day at:</source>
        <translation>매일 실행 시각:</translation>
    </message>
    <message>
        <source>Lifeboat backs the data set up at this time and then verifies the new backup. Copy this into your scheduler:</source>
        <translation>Lifeboat가 이 시각에 데이터 세트를 백업하고 새 백업을 검증합니다. 아래 내용을 스케줄러에 복사하세요:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::StatusPanel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n분</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n시간</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n일</numerusform></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Backup sizes over time</source>
        <translation>시간에 따른 백업 크기</translation>
    </message>
    <message>
        <source>Choose a data set.</source>
        <translation>데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <source>No backup has verified yet.</source>
        <translation>아직 검증된 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Last good backup %1 ago.</source>
        <translation>마지막 정상 백업: %1 전.</translation>
    </message>
    <message>
        <source>RPO of %1 breached.</source>
        <translation>RPO %1 초과.</translation>
    </message>
    <message>
        <source>RPO of %1 met, due soon.</source>
        <translation>RPO %1 충족, 곧 만료.</translation>
    </message>
    <message>
        <source>RPO of %1 met.</source>
        <translation>RPO %1 충족.</translation>
    </message>
    <message>
        <source>No RPO target: a profile sets one with "rpo_hours".</source>
        <translation>RPO 목표 없음: 프로필의 "rpo_hours"로 정합니다.</translation>
    </message>
    <message>
        <source>Last restore drill: %1, passed.</source>
        <translation>마지막 복원 훈련: %1, 통과.</translation>
    </message>
    <message>
        <source>Last restore drill: %1, FAILED.</source>
        <translation>마지막 복원 훈련: %1, 실패.</translation>
    </message>
    <message>
        <source>No restore drill yet: verify a backup.</source>
        <translation>아직 복원 훈련이 없습니다: 백업을 검증해 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n초</numerusform></translation>
    </message>
    <message>
        <source>Last restore took %1.</source>
        <translation>마지막 복원에 %1 걸렸습니다.</translation>
    </message>
    <message>
        <source>Last restore took %1, within the RTO of %2.</source>
        <translation>마지막 복원에 %1 걸려 RTO(%2) 안에 들었습니다.</translation>
    </message>
    <message>
        <source>Last restore took %1, over the RTO of %2.</source>
        <translation>마지막 복원에 %1 걸려 RTO(%2)를 넘었습니다.</translation>
    </message>
    <message>
        <source>No restore from these backups yet.</source>
        <translation>이 백업들로 복원한 적이 아직 없습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, verify and restore backups of your application's local data.</source>
        <translation>애플리케이션 로컬 데이터의 백업을 살펴보고, 검증하고, 복원합니다.</translation>
    </message>
    <message>
        <source>Open the demo workspace (built on first use under LIFEBOAT_HOME).</source>
        <translation>데모 작업 공간을 엽니다(처음 쓸 때 LIFEBOAT_HOME 아래에 만듭니다).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it shows its backups.</source>
        <translation>창에 백업이 나타나면 창의 그림을 FILE에 저장합니다.</translation>
    </message>
    <message>
        <source>Folders, manifests or database copies to open.</source>
        <translation>열 폴더, 매니페스트, 데이터베이스 사본.</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>스크린숏을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Quit once the screenshot is saved.</source>
        <translation>스크린숏을 저장한 뒤 끝냅니다.</translation>
    </message>
</context>
</TS>
