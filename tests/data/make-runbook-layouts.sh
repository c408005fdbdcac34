#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Lays out, in the current folder, a backup of every kind the five runbooks
# describe, made with the plain tools the runbooks use (sqlite3 .backup, cp,
# gzip, tar, sha256sum), plus files that are not backups at all. Tests that
# Lifeboat finds, reads and restores these.
set -eu

mkdir -p data/assets/uploads backups/sqlite/latest .data

sqlite3 data/lrl.db "PRAGMA journal_mode=WAL;
  CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
  CREATE TABLE content(id INTEGER PRIMARY KEY, body TEXT);
  CREATE TABLE assets(id INTEGER PRIMARY KEY, path TEXT);
  CREATE TABLE meta(key TEXT, value TEXT);
  INSERT INTO meta VALUES('schema_version', '1.1.0');
  INSERT INTO users(name) VALUES ('ada'), ('grace'), ('linus');" >/dev/null
echo photo > data/assets/uploads/p.jpg

# Little Research Lab: a flat folder whose manifest-v1 names "./backups/..." paths.
sqlite3 data/lrl.db ".backup backups/lrl_db_20260114_120000.sqlite"
tar -czf backups/lrl_assets_20260114_120000.tar.gz -C data assets
db_sha=$(sha256sum backups/lrl_db_20260114_120000.sqlite | cut -d' ' -f1)
as_sha=$(sha256sum backups/lrl_assets_20260114_120000.tar.gz | cut -d' ' -f1)
db_size=$(stat -c %s backups/lrl_db_20260114_120000.sqlite)
as_size=$(stat -c %s backups/lrl_assets_20260114_120000.tar.gz)
printf '%s\n' \
  '{"timestamp_utc": "20260114_120000", "created_at": "2026-01-14T12:00:00+00:00", "version": "1.0",' \
  ' "backups": [' \
  "  {\"type\": \"database\", \"source\": \"./data/lrl.db\", \"backup\": \"./backups/lrl_db_20260114_120000.sqlite\", \"size_bytes\": $db_size, \"sha256\": \"$db_sha\"}," \
  "  {\"type\": \"assets\", \"source\": \"./data/assets\", \"backup\": \"./backups/lrl_assets_20260114_120000.tar.gz\", \"file_count\": 1, \"total_source_size_bytes\": 6, \"archive_size_bytes\": $as_size, \"sha256\": \"$as_sha\"}" \
  ' ]}' > backups/backup_manifest_20260114_120000.json
cp data/lrl.db data/lrl.db.pre-restore
cp -r data/assets data/assets.pre-restore

# Ice Cream Social: timestamped copies, one gzip-compressed, and a pre-restore copy.
sqlite3 data/ice_cream_social.db "CREATE TABLE episodes(id INTEGER PRIMARY KEY, title TEXT);
  INSERT INTO episodes(title) VALUES ('pilot'); PRAGMA user_version = 7;"
sqlite3 data/ice_cream_social.db ".backup backups/sqlite/ice_cream_social_20260110_020000.db"
sqlite3 data/ice_cream_social.db ".backup backups/sqlite/ice_cream_social_20260111_020000.db"
gzip backups/sqlite/ice_cream_social_20260111_020000.db
cp data/ice_cream_social.db data/ice_cream_social.pre_restore.20260112_080000.db

# Story registry (the Korean runbook): a pre-migration backup beside the
# database, a manual copy and the ".current" copy of its restore steps.
sqlite3 data/story_registry.db "CREATE TABLE stories(id INTEGER PRIMARY KEY, title TEXT, created_at TEXT);
  CREATE TABLE story_similarity_edges(a INTEGER, b INTEGER);
  CREATE TABLE meta(key TEXT, value TEXT);
  INSERT INTO meta VALUES('schema_version', '1.1.0');
  INSERT INTO stories(title, created_at) VALUES ('첫 이야기', '2026-01-12 12:00:00');"
sqlite3 data/story_registry.db ".backup data/story_registry.backup.1.0.0.20260112_130012.db"
sqlite3 data/story_registry.backup.1.0.0.20260112_130012.db "UPDATE meta SET value = '1.0.0'"
cp data/story_registry.db data/story_registry.manual.20260201_090000.db
cp data/story_registry.db data/story_registry.db.current

# Brainstem: manifest.json and checksums.txt beside the copies; snapshots by suffix.
sqlite3 .data/brainstem.db "CREATE TABLE memory(id INTEGER PRIMARY KEY, text TEXT);"
sqlite3 .data/model_registry.db "CREATE TABLE models(id INTEGER PRIMARY KEY, name TEXT);"
sqlite3 .data/brainstem.db ".backup backups/sqlite/latest/memory.db"
sqlite3 .data/model_registry.db ".backup backups/sqlite/latest/model_registry.db"
(cd backups/sqlite/latest && sha256sum memory.db model_registry.db > checksums.txt)
echo '{"created_at": "2026-01-13T09:30:00+00:00", "files": ["memory.db", "model_registry.db"]}' \
  > backups/sqlite/latest/manifest.json
cp .data/brainstem.db .data/brainstem.db.pre_restore.20260115_101500

# Storage runbook: cp to a minutes timestamp, and JSONL stores in a timestamped folder.
cp data/story_registry.db backups/story_gen-202601100900.db
mkdir -p backups/jsonl-202601100900
echo '{"run": 1}' > backups/jsonl-202601100900/story_gen.mongo_analysis_runs.jsonl
echo '{"runs": 1}' > backups/jsonl-202601100900/story_gen.mongo_analysis_runs.meta.json

# Noise that is no backup.
echo "not a database" > backups/fake_20260101_000000.db
echo "notes" > backups/notes.txt
