// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarstream.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

const QString LongName = u"assets/"_s + QString(60, u'd') + u'/' + QString(70, u'f') + u"-파일.txt"_s;

QMap<QString, TarEntry> readAll(const QString &archive, QString *error = nullptr)
{
    QMap<QString, TarEntry> entries;
    auto device = openArchiveStream(archive);
    if (!device) {
        if (error)
            *error = device.error().message;
        return entries;
    }
    TarStreamReader reader(device->get(), archive);
    for (;;) {
        QByteArray content;
        auto entry = reader.next([&content](QByteArrayView chunk) {
            content.append(chunk.toByteArray());
            return true;
        });
        if (!entry) {
            if (error)
                *error = entry.error().message;
            return entries;
        }
        if (!*entry)
            return entries;
        TarEntry e = **entry;
        if (e.type == TarEntry::Type::File)
            e.linkTarget = QString::fromUtf8(content); // the content, for the comparison below
        entries.insert(e.path, e);
    }
}

} // namespace

class TestTarStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhatTarWrites_data()
    {
        QTest::addColumn<QStringList>("tarArguments");
        QTest::addColumn<QString>("archive");
        QTest::newRow("gnu, gzip") << QStringList{u"--format=gnu"_s, u"-czf"_s} << u"a.tar.gz"_s;
        QTest::newRow("pax, zstd") << QStringList{u"--format=pax"_s, u"--zstd"_s, u"-cf"_s} << u"a.tar.zst"_s;
        QTest::newRow("ustar, plain") << QStringList{u"--format=ustar"_s, u"-cf"_s} << u"a.tar"_s;
    }

    void readsWhatTarWrites()
    {
        QFETCH(QStringList, tarArguments);
        QFETCH(QString, archive);
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(LongName), "long\n"_ba));
        QVERIFY(test::writeFile(dir.filePath(u"assets/문서/안내.md"_s), "# 안내\n"_ba));
        QVERIFY(QFile::link(u"문서/안내.md"_s, dir.filePath(u"assets/link"_s)));
        const auto made = test::runProgram(u"tar"_s, tarArguments + QStringList{archive, u"assets"_s}, dir.path());
        QVERIFY2(made.exitCode == 0, made.err.constData());

        QString error;
        const auto entries = readAll(dir.filePath(archive), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.contains(LongName));
        QCOMPARE(entries.value(LongName).linkTarget, u"long\n"_s);
        QCOMPARE(entries.value(u"assets/문서/안내.md"_s).linkTarget, u"# 안내\n"_s);
        QCOMPARE(entries.value(u"assets/link"_s).type, TarEntry::Type::Symlink);
        QCOMPARE(entries.value(u"assets/link"_s).linkTarget, u"문서/안내.md"_s);
        ArchiveEntryCheck check;
        for (const TarEntry &e : entries)
            QVERIFY2(check.check(e).isEmpty(), qPrintable(e.path));
    }

    void findsDamage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated in data") << u"cut-data"_s << u"truncated"_s;
        QTest::newRow("no end marker") << u"cut-end"_s << u"end-of-archive"_s;
        QTest::newRow("bad header checksum") << u"header"_s << u"checksum"_s;
    }

    void findsDamage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(u"assets/a.bin"_s), QByteArray(3000, 'a')));
        QVERIFY(test::runProgram(u"tar"_s, {u"--format=ustar"_s, u"-cf"_s, u"a.tar"_s, u"assets"_s},
                                 dir.path()).exitCode == 0);
        const QString tar = dir.filePath(u"a.tar"_s);
        if (damage == "cut-data"_L1)
            QVERIFY(QFile::resize(tar, 512 * 2 + 1000));
        if (damage == "cut-end"_L1)
            QVERIFY(QFile::resize(tar, 512 * 2 + 512 * 6)); // both headers and the data, no marker
        if (damage == "header"_L1) {
            QFile f(tar);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(512 + 10));
            QVERIFY(f.putChar('Z'));
        }
        QString error;
        readAll(tar, &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.contains(tar));
    }

    void entryChecks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << u"a/b.txt"_s << int(TarEntry::Type::File) << QString() << true;
        QTest::newRow("dot segments") << u"./a/./b.txt"_s << int(TarEntry::Type::File) << QString() << true;
        QTest::newRow("dotdot inside name") << u"a/..b.txt"_s << int(TarEntry::Type::File) << QString() << true;
        QTest::newRow("dotdot") << u"a/../../b"_s << int(TarEntry::Type::File) << QString() << false;
        QTest::newRow("absolute") << u"/etc/cron.d/x"_s << int(TarEntry::Type::File) << QString() << false;
        QTest::newRow("link inside") << u"a/l"_s << int(TarEntry::Type::Symlink) << u"../b"_s << true;
        QTest::newRow("link out") << u"a/l"_s << int(TarEntry::Type::Symlink) << u"../../b"_s << false;
        QTest::newRow("link absolute") << u"a/l"_s << int(TarEntry::Type::Symlink) << u"/b"_s << false;
        QTest::newRow("hard link inside") << u"a/h"_s << int(TarEntry::Type::Hardlink) << u"a/b"_s << true;
        QTest::newRow("hard link out") << u"a/h"_s << int(TarEntry::Type::Hardlink) << u"../b"_s << false;
        QTest::newRow("device") << u"a/dev"_s << int(TarEntry::Type::Device) << QString() << false;
        QTest::newRow("empty") << QString() << int(TarEntry::Type::File) << QString() << false;
    }

    void entryChecks()
    {
        QFETCH(QString, path);
        QFETCH(int, type);
        QFETCH(QString, target);
        QFETCH(bool, safe);
        TarEntry e;
        e.path = path;
        e.rawPath = path.toUtf8();
        e.type = TarEntry::Type(type);
        e.linkTarget = target;
        const QString problem = ArchiveEntryCheck().check(e);
        QCOMPARE(problem.isEmpty(), safe);
        if (!safe && !path.isEmpty())
            QVERIFY2(problem.contains(path), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestTarStream)
#include "tst_tarstream.moc"
