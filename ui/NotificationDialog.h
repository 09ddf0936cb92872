#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace psc::session {
class MerchantSession;
}

namespace psc::ui {

// "Paste a notification": the body WeChat Pay POSTed to the notify_url (JSON, as found in the
// merchant server's log) and, optionally, its headers ("Name: value" lines). With the headers
// the body's signature is verified first with the open profile's WeChat Pay key and a body
// that does not verify is not decrypted; without them the result says plainly that nothing
// was verified. The resource is decrypted with the profile's APIv3 key — PayScore events and
// REFUND.SUCCESS / ABNORMAL / CLOSED alike (apiv3::NotificationDecoder, as `payscore-cli
// decrypt`); a refund event shows its refund number, amount and status in words.
class NotificationDialog : public QDialog {
    Q_OBJECT
public:
    explicit NotificationDialog(const session::MerchantSession *session, QWidget *parent = nullptr);

    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPushButton *decodeButton() const { return m_decode; }
    QLabel *verdictLabel() const { return m_verdict; } // verified / not checked / refused
    QLabel *summaryLabel() const { return m_summary; } // event and, for refunds, the refund
    QPlainTextEdit *plaintextView() const { return m_plaintext; }

private:
    void decode();

    const session::MerchantSession *m_session;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_headers;
    QPushButton *m_decode;
    QLabel *m_verdict;
    QLabel *m_summary;
    QPlainTextEdit *m_plaintext;
};

} // namespace psc::ui
