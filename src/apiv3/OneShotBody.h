#pragma once

#include <QByteArray>
#include <QIODevice>

namespace psc::apiv3 {

// A request body that can be read exactly once. Qt 6.4 silently writes a request a second time
// when the connection closes before any answer byte (QHttpNetworkConnectionChannel::
// handleUnexpectedEOF), whatever the method: for a POST that could complete an order twice.
// Given this device (sequential, not resettable, not buffered by Qt), that resend fails with
// ContentReSendError instead, and the call reports an unknown outcome.
class OneShotBody final : public QIODevice {
public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

} // namespace psc::apiv3
