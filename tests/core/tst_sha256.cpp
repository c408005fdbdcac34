// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
