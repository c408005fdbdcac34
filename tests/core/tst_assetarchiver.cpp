// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetarchiver.h"
#include "jobcontrol.h"
#include "testsupport.h"

#include <KTar>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

// A folder with what asset folders hold: nested and empty folders, Korean
// names, a symlink inside, an executable, a hidden file.
void makeAssets(const QString &root)
{
    QVERIFY(test::writeFile(root + u"/uploads/photo-1.jpg"_s, QByteArray(70000, 'p')));
    QVERIFY(test::writeFile(root + u"/uploads/nested/deep/readme.txt"_s, "deep\n"_ba));
    QVERIFY(test::writeFile(root + u"/문서/회의록 2026.md"_s, "# 회의록\n"_ba));
    QVERIFY(test::writeFile(root + u"/.hidden"_s, "h"_ba));
    QVERIFY(test::writeFile(root + u"/tools/run.sh"_s, "#!/bin/sh\n"_ba));
    QFile::setPermissions(root + u"/tools/run.sh"_s, QFile::ReadOwner | QFile::WriteOwner
                                                        | QFile::ExeOwner | QFile::ReadGroup);
    QVERIFY(QDir().mkpath(root + u"/empty/inner"_s));
    QVERIFY(QFile::link(u"문서/회의록 2026.md"_s, root + u"/latest-notes"_s));
    QVERIFY(QFile::link(u"../../etc/passwd"_s, root + u"/uploads/escape"_s));
}

struct TreeEntry
{
    QString kind;
    QByteArray content;
    int mode;
    bool operator==(const TreeEntry &) const = default;
};

QMap<QString, TreeEntry> readTree(const QString &root)
{
    QMap<QString, TreeEntry> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        struct stat st{};
        ::lstat(QFile::encodeName(path).constData(), &st);
        TreeEntry e;
        e.mode = int(st.st_mode & 07777);
        if (info.isSymLink()) {
            e.kind = u"link"_s;
            e.content = QFile::encodeName(info.readSymLink());
            e.mode = 0;
        } else if (info.isDir()) {
            e.kind = u"dir"_s;
        } else {
            e.kind = u"file"_s;
            e.content = test::readFile(path);
        }
        tree.insert(QDir(root).relativeFilePath(path), e);
    }
    return tree;
}

} // namespace

class TestAssetArchiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsThroughTar_data()
    {
        QTest::addColumn<int>("compression");
        QTest::addColumn<QString>("tarFlag");
        QTest::newRow("zstd") << int(Compression::Zstd) << u"--zstd"_s;
        QTest::newRow("gzip") << int(Compression::Gzip) << u"-z"_s;
        QTest::newRow("none") << int(Compression::None) << QString();
    }

    void roundTripsThroughTar()
    {
        QFETCH(int, compression);
        QFETCH(QString, tarFlag);
        QTemporaryDir dir;
        const QString assets = dir.filePath(u"assets"_s);
        makeAssets(assets);
        const auto c = Compression(compression);
        const QString archive = dir.filePath(u"assets"_s + archiveExtension(c));

        JobControl control;
        auto info = AssetArchiver::archive(assets, archive, c, control);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->sha256, test::sha256sum(archive));
        QCOMPARE(info->archiveSize, QFileInfo(archive).size());
        QCOMPARE(info->fileCount, 6); // 5 files and the link that stays inside
        QCOMPARE(info->totalSourceSize, 70000 + 5 + qint64(QByteArray("# 회의록\n").size()) + 1 + 10);
        QCOMPARE(info->warnings.size(), 1);
        QVERIFY(info->warnings.constFirst().contains(u"uploads/escape"_s));
        QCOMPARE(control.progress().bytesDone, info->totalSourceSize);

        // The plain tool a runbook uses gets back exactly the folder, less the link out.
        const QString out = dir.filePath(u"extracted"_s);
        QVERIFY(QDir().mkpath(out));
        QStringList args{u"-x"_s, u"-f"_s, archive, u"-C"_s, out};
        if (!tarFlag.isEmpty())
            args.prepend(tarFlag);
        const auto tar = test::runProgram(u"tar"_s, args);
        QVERIFY2(tar.exitCode == 0, tar.err.constData());
        auto expected = readTree(assets);
        expected.remove(u"uploads/escape"_s);
        QCOMPARE(readTree(out + u"/assets"_s), expected);
    }

    void readsBackWithKArchive()
    {
        QTemporaryDir dir;
        const QString assets = dir.filePath(u"assets"_s);
        makeAssets(assets);
        const QString archive = dir.filePath(u"assets.tar.gz"_s);
        JobControl control;
        QVERIFY(AssetArchiver::archive(assets, archive, Compression::Gzip, control));
        KTar tar(archive);
        QVERIFY(tar.open(QIODevice::ReadOnly));
        const KArchiveDirectory *root = tar.directory();
        const auto *notes = root->file(u"assets/문서/회의록 2026.md"_s);
        QVERIFY(notes);
        QCOMPARE(notes->data(), "# 회의록\n"_ba);
        const auto *link = root->entry(u"assets/latest-notes"_s);
        QVERIFY(link);
        QCOMPARE(link->symLinkTarget(), u"문서/회의록 2026.md"_s);
        QVERIFY(root->entry(u"assets/empty/inner"_s));
        QVERIFY(root->entry(u"assets/empty/inner"_s)->isDirectory());
        QVERIFY(!root->entry(u"assets/uploads/escape"_s));
        QCOMPARE(root->file(u"assets/tools/run.sh"_s)->permissions() & 0777, 0740u);
    }

    void errorsNameTheFolder()
    {
        QTemporaryDir dir;
        JobControl control;
        auto missing = AssetArchiver::archive(dir.filePath(u"nope"_s), dir.filePath(u"a.tar"_s),
                                              Compression::None, control);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(dir.filePath(u"nope"_s)));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"a.tar"_s)));
    }

    void cancelRemovesThePartialArchive()
    {
        QTemporaryDir dir;
        const QString assets = dir.filePath(u"assets"_s);
        for (int i = 0; i < 50; ++i)
            QVERIFY(test::writeFile(assets + u"/f%1.bin"_s.arg(i), QByteArray(100000, char(i))));
        JobControl *self = nullptr;
        JobControl control([&self](const Progress &p) {
            if (p.filesDone >= 3)
                self->cancel();
        }, 0);
        self = &control;
        const QString archive = dir.filePath(u"assets.tar.zst"_s);
        auto info = AssetArchiver::archive(assets, archive, Compression::Zstd, control);
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(archive));
    }
};

QTEST_GUILESS_MAIN(TestAssetArchiver)
#include "tst_assetarchiver.moc"
