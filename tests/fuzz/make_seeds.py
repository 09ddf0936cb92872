#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<target>/ from the tests' own data.

Run once when a seed changes; the files are committed. Signatures are made with the official
test vector key (tests/testdata/vectors/v1_private_key.pem), notifications are encrypted with
the public sandbox APIv3 key, so that the seeds reach the success paths of the parsers.
"""
import base64
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/fuzz/corpus"
VECTORS = ROOT / "tests/testdata/vectors"
PUB_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001"
SANDBOX_APIV3_KEY = b"PayScoreConsoleSandboxApiV3Key00"


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def sign(message):
    out = subprocess.run(
        ["openssl", "dgst", "-sha256", "-sign", str(VECTORS / "v1_private_key.pem")],
        input=message, capture_output=True, check=True).stdout
    return base64.b64encode(out)


SYNC = json.dumps({"appid": "wxd678efh567hg6787", "service_id": "500001", "type": "Order_Paid",
                   "detail": {"paid_time": "20261122101500"}}, ensure_ascii=False)
COMPLETE = json.dumps({
    "appid": "wxd678efh567hg6787", "service_id": "500001",
    "post_payments": [{"name": "租借费", "amount": 4000, "description": "2小时", "count": 1}],
    "post_discounts": [{"name": "新人券", "description": "满20减10", "amount": 1000}],
    "total_amount": 3000,
    "time_range": {"start_time": "20261122091500", "end_time": "2026-11-22T11:15:00+08:00"},
    "location": {"end_location": "深圳南山"}, "profit_sharing": False, "goods_tag": "tag",
    "device": {"start_device_id": "D1", "end_device_id": "D2", "materiel_no": "M1"}},
    ensure_ascii=False)
PAYAFTER = json.dumps({
    "finish_type": 2, "real_service_start_time": "20261122091500",
    "real_service_end_time": "20261122111500", "real_service_end_location": "广州",
    "fees": [{"fee_name": "停车费", "fee_count": 2, "fee_amount": 1000, "fee_desc": "两小时"}],
    "discounts": [{"discount_name": "会员", "discount_amount": 100, "discount_desc": "9折"}],
    "total_amount": 900, "finish_ticket": "T1", "profit_sharing": True}, ensure_ascii=False)
CANCELLED = json.dumps({"finish_type": 1, "cancel_reason": "用户未使用", "total_amount": 0},
                       ensure_ascii=False)
ORDER = json.dumps({
    "out_order_no": "DEMO-STAY-COLLECTING-001", "order_id": "1000000000202611220001",
    "service_id": "500001", "appid": "wxd678efh567hg6787", "mchid": "1900007291",
    "state": "DOING", "state_description": "MCH_COMPLETE", "total_amount": 3000,
    "collection": {"state": "USER_PAYING", "total_amount": 3000, "paying_amount": 3000,
                   "paid_amount": 0, "details": [{"seq": 1, "amount": 3000, "paid_type": "MCH",
                                                  "paid_time": "20261122101500",
                                                  "transaction_id": "4200000001"}]}},
    ensure_ascii=False)


def http_requests():
    auth = ('WECHATPAY2-SHA256-RSA2048 mchid="1900007291",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",'
            'signature="' + "A" * 344 + '",timestamp="1700000000",serial_no="408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"')
    body = SYNC.encode()
    post = (b"POST /v3/payscore/serviceorder/DEMO-STAY-COLLECTING-001/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Accept: application/json\r\nUser-Agent: payscore-console/0.1\r\nContent-Type: application/json\r\n"
            b"Authorization: " + auth.encode() + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    get = (b"GET /v3/payscore/serviceorder?out_order_no=DEMO%7CPIPE&service_id=500001&appid=wx1 HTTP/1.1\r\n"
           b"Host: x\r\nAccept: */*\r\nConnection: keep-alive\r\n\r\n")
    return {
        "post_sync": b"\x07" + post,
        "get_query": b"\x00" + get,
        "pipelined": b"\x03" + get + b"\r\n" + post + get,
        "expect_continue": b"\x05" + b"POST /v3/x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello",
        "http10_close": b"\x01GET / HTTP/1.0\r\nConnection: close\r\n\r\n",
        "bad_length": b"\x02POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
        "chunked": b"\x04POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "folded": b"\x06GET / HTTP/1.1\r\nX-A: 1\r\n  folded\r\n\r\n",
        "http2": b"\x08PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    }, auth


def main():
    requests, auth = http_requests()
    for name, data in requests.items():
        write("sandbox_http_request", name, data)

    write("sandbox_authorization", "valid", auth)
    write("sandbox_authorization", "reordered",
          'WECHATPAY2-SHA256-RSA2048 serial_no="AB", timestamp="1", signature="c2ln", nonce_str="N", mchid="1"')
    write("sandbox_authorization", "duplicate",
          'WECHATPAY2-SHA256-RSA2048 mchid="1",mchid="2",nonce_str="N",signature="s",timestamp="1",serial_no="AB"')
    write("sandbox_authorization", "unquoted", "WECHATPAY2-SHA256-RSA2048 mchid=1")

    for name, body in {"sync": SYNC, "complete": COMPLETE, "payafter": PAYAFTER,
                       "fraction": '{"total_amount":12.5,"a":[1e2,{"b":-0.0}],"k\\/e~y":3E1}',
                       "nested": '{"a":' * 40 + "1" + "}" * 40,
                       "string_brackets": '{"a":"[[[{{{\\"]]]","b":[[[]]]}'}.items():
        write("sandbox_request_body", name, body)

    timestamp, nonce = b"1700000000", b"5K8264ILTKCH16CQ2502SI8ZNMTM67VS"
    for name, body in {"order": ORDER.encode(), "empty": b""}.items():
        message = timestamp + b"\n" + nonce + b"\n" + body + b"\n"
        signature = sign(message)
        write("answer_verification", "verified_" + name,
              b"\n".join([timestamp, nonce, signature, PUB_KEY_ID.encode(), body]))
        write("answer_verification", "tampered_" + name,
              b"\n".join([timestamp, nonce, signature, PUB_KEY_ID.encode(), body + b" "]))
    write("answer_verification", "signtest",
          b"\n".join([timestamp, nonce, b"WECHATPAY/SIGNTEST/abc", PUB_KEY_ID.encode(), b"{}"]))
    write("answer_verification", "unknown_serial",
          b"\n".join([timestamp, nonce, b"AAAA", b"5157F09EFDC096DE15EBE81A47057A7232F1B8E1", b"{}"]))

    write("error_decoding", "param_error",
          '{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/a","value":[1,{"b":2}],'
          '"issue":"x","location":"body","sign_information":{"url":"/v3/x"}}}')
    write("error_decoding", "sign_error",
          '{"code":"SIGN_ERROR","message":"签名错误","detail":{"detail":{"issue":"sign not match"},'
          '"sign_information":{"method":"POST","sign_message_length":10,"truncated_sign_message":"POST\\n/v3/x\\n",'
          '"url":"/v3/x"}}}')
    write("error_decoding", "numbers", '{"code":"X","message":12.50,"detail":{"value":1e400,"field":true}}')
    write("error_decoding", "no_code", '{"message":"no code"}')

    write("order_view", "serviceorder", ORDER)
    write("order_view", "payafter", json.dumps({"out_order_no": "P1", "state": "DONE",
                                                "total_amount": 900, "finish_type": 2}))
    write("order_view", "fraction_money", '{"out_order_no":"X","total_amount":12.5,'
                                          '"collection":{"paid_amount":"100","details":[{"amount":1e2}]}}')

    write("request_models", "serviceorder", b"\x00" + COMPLETE.encode())
    write("request_models", "partner", b"\x01" + COMPLETE.encode())
    write("request_models", "payafter", b"\x02" + PAYAFTER.encode())
    write("request_models", "payafter_cancelled", b"\x02" + CANCELLED.encode())
    write("request_models", "fraction", b"\x00" + COMPLETE.replace("4000", "40.00").encode())
    write("request_models", "string_money", b"\x02" + PAYAFTER.replace("900", '"900"').encode())

    for source in (ROOT / "tests/testdata/profiles").glob("*.json"):
        write("profile", source.name, source.read_bytes())

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    resource_plain = json.dumps({"out_order_no": "DEMO-1", "state": "DONE"}).encode()
    nonce_text, associated = "fdasflkja484", "payscore"
    ciphertext = AESGCM(SANDBOX_APIV3_KEY).encrypt(nonce_text.encode(), resource_plain, associated.encode())
    notification = {"id": "EV-1", "create_time": "2026-11-22T10:15:00+08:00",
                    "event_type": "PAYSCORE.USER_PAID", "resource_type": "encrypt-resource",
                    "resource": {"algorithm": "AEAD_AES_256_GCM", "ciphertext": base64.b64encode(ciphertext).decode(),
                                 "associated_data": associated, "nonce": nonce_text,
                                 "original_type": "payscore"}}
    write("notification", "user_paid", json.dumps(notification))
    notification["resource"]["associated_data"] = "other"
    write("notification", "wrong_associated_data", json.dumps(notification))

    for name, text in {"yuan": "12.34", "yen_sign": "¥12.30", "half": ".5", "spaces": " 7 ",
                       "full_width": "１２", "exponent": "1e2", "big": "99999999999.99"}.items():
        write("money_time", "money_" + name, b"\x00" + text.encode())
    for name, text in {"iso": "2026-11-22T10:15:00+08:00", "utc": "2026-11-22T02:15:00Z",
                       "api": "20261122101500", "impossible": "20260230101500",
                       "no_offset": "2026-11-22T10:15:00", "leap": "2028-02-29T23:59:59-11:00"}.items():
        write("money_time", "time_" + name, b"\x01" + text.encode())


if __name__ == "__main__":
    main()
