#pragma once

// Helpers shared by the test executables: fixture files from tests/testdata.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

namespace psc::test {

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(PAYSCORE_TESTDATA_DIR "/") + relative;
}

inline QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(relative));
    return file.readAll();
}

} // namespace psc::test
