// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifactwriter.h"
#include "sha256.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace lifeboat;

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray()
                               << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
        QTest::newRow("abc") << "abc"_ba
                             << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    }

    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        Sha256 hash;
        hash.update(input);
        QCOMPARE(hash.finalHex(), digest);
    }

    void fileMatchesAnIndependentHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.bin"_s);
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 31 + i / 7);
        QVERIFY(test::writeFile(path, data));
        auto digest = Sha256::ofFile(path);
        QVERIFY2(digest, qPrintable(digest ? QString() : digest.error().message));
        QCOMPARE(*digest, test::sha256sum(path));
    }

    void missingFileIsNotFound()
    {
        auto digest = Sha256::ofFile(u"/nonexistent/file"_s);
        QVERIFY(!digest);
        QCOMPARE(digest.error().code, ErrorCode::NotFound);
        QVERIFY(digest.error().message.contains(u"/nonexistent/file"_s));
    }

    void resetStartsOver()
    {
        Sha256 hash;
        hash.update("junk"_ba);
        hash.reset();
        hash.update("abc"_ba);
        QCOMPARE(hash.finalHex(), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }

    void anArtifactIsWhatWasWrittenAndHashed_data()
    {
        QTest::addColumn<int>("sync");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("inMemory"); // on a tmpfs rather than beside the tests
        QTest::addColumn<QByteArray>("noDirect"); // LIFEBOAT_NO_DIRECT: how O_DIRECT is refused
        const qint64 block = 1 << 20;
        const QList<std::pair<const char *, qint64>> sizes{
            {"empty", 0},           {"a few bytes", 5},          {"one page less one", 4095},
            {"one block", block},   {"one block and one", block + 1},
            {"blocks and a tail", 5 * block + 12345}, {"blocks and whole pages", 3 * block + 8192},
        };
        for (const auto &[name, size] : sizes) {
            QTest::addRow("past the page cache, %s", name)
                << int(ArtifactWriter::Sync::Direct) << size << false << QByteArray();
            QTest::addRow("through the page cache, %s", name)
                << int(ArtifactWriter::Sync::Now) << size << false << QByteArray();
        }
        QTest::addRow("past the page cache, on a tmpfs")
            << int(ArtifactWriter::Sync::Direct) << 3 * block + 777 << true << QByteArray();
        QTest::addRow("O_DIRECT refused at open")
            << int(ArtifactWriter::Sync::Direct) << 5 * block + 12345 << false << "open"_ba;
        QTest::addRow("O_DIRECT refused at the first write")
            << int(ArtifactWriter::Sync::Direct) << 5 * block + 12345 << false << "write"_ba;
    }

    // Written in pieces of odd sizes, as a compressor writes, and started
    // over once: the file holds exactly the bytes, the hash is theirs, and
    // the file is private.
    void anArtifactIsWhatWasWrittenAndHashed()
    {
        QFETCH(int, sync);
        QFETCH(qint64, size);
        QFETCH(bool, inMemory);
        QFETCH(QByteArray, noDirect);
        if (!noDirect.isEmpty())
            qputenv("LIFEBOAT_NO_DIRECT", noDirect);
        const auto restoreEnv = qScopeGuard([] { qunsetenv("LIFEBOAT_NO_DIRECT"); });
        QTemporaryDir dir;
        QTemporaryDir shm(u"/dev/shm/lifeboat-test-XXXXXX"_s);
        if (inMemory && !shm.isValid())
            QSKIP("no /dev/shm here");
        const QString path = (inMemory ? shm.path() : dir.path()) + u"/artifact.bin"_s;
        QByteArray content(size, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(content.data()), size / 4);

        ArtifactWriter writer(path, nullptr, ArtifactWriter::Sync(sync));
        QVERIFY(writer.create());
        QVERIFY(writer.append(QByteArray(3 << 20, 'x')));
        QVERIFY(writer.rewind());
        for (qint64 at = 0, piece = 1; at < size; at += piece, piece = piece * 3 % 70001 + 1)
            QVERIFY(writer.append(QByteArrayView(content).sliced(at, std::min(piece, size - at))));
        auto committed = writer.commit();
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
        QCOMPARE(writer.size(), size);
        QCOMPARE(test::readFile(path), content);
        QCOMPARE(writer.sha256(), test::sha256sum(path));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void anArtifactNotCommittedIsRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"artifact.bin"_s);
        {
            ArtifactWriter writer(path, nullptr, ArtifactWriter::Sync::Direct);
            QVERIFY(writer.create());
            QVERIFY(writer.append(QByteArray(5 << 20, 'y')));
        }
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
