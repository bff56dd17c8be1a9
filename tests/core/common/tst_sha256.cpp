#include <QTest>

#include "core/common/sha256.h"

using namespace seg;

class TestSha256 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // FIPS 180-4 / NIST example vectors.
    void knownDigests_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty")
            << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("million a")
            << QByteArray(1000000, 'a')
            << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }

    void knownDigests() {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(core::Sha256::hexOf(input.constData(), input.size())),
                 digest);
    }

    // Fed in pieces of every size around the 64-byte block, the digest is the same.
    void piecesGiveTheSameDigest() {
        QByteArray data(1000, '\0');
        for (int i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 31 + 7);
        const std::string whole = core::Sha256::hexOf(data.constData(), data.size());
        for (int piece : {1, 3, 55, 56, 63, 64, 65, 127, 999}) {
            core::Sha256 hash;
            for (int at = 0; at < data.size(); at += piece)
                hash.update(data.constData() + at, std::min(piece, int(data.size()) - at));
            QCOMPARE(hash.hexDigest(), whole);
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
