// The Node.js side of bench_batch's CPU comparison: the same queries against the same sandbox
// through the npm package wechatpay-axios-plugin, which signs every request and verifies every
// answer's Wechatpay-Signature as our client does. bench_batch installs the package into a
// folder of the build tree and runs this script:
//   node node_queries.js MODULE_DIR PROFILE.json COUNT CONCURRENCY ORDER_PREFIX
// It prints one JSON line: {requests, ok, seconds, cpu_ms_per_request}.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const [moduleDir, profilePath, countText, concurrencyText, prefix] = process.argv.slice(2);
const { Wechatpay } = require(path.join(moduleDir, 'node_modules', 'wechatpay-axios-plugin'));
const profile = JSON.parse(fs.readFileSync(profilePath, 'utf8'));
const read = (file) => fs.readFileSync(path.resolve(path.dirname(profilePath), file));

// Answers are signed with the WeChat Pay public key or a platform certificate: trust both.
const certs = { [profile.wechatpay_public_key_id]: read(profile.wechatpay_public_key_file) };
for (const file of profile.platform_certificate_files || []) {
  const pem = read(file);
  certs[new crypto.X509Certificate(pem).serialNumber.toUpperCase()] = pem;
}
const wxpay = new Wechatpay({
  mchid: profile.mchid,
  serial: profile.merchant_serial,
  privateKey: read(profile.private_key_file),
  certs,
  baseURL: profile.base_url.replace(/\/?$/, '/'),
});

const count = Number(countText);
const concurrency = Number(concurrencyText);
let next = 0;
let ok = 0;
let firstError = null;

async function lane() {
  while (next < count) {
    const index = next++;
    try {
      const { data } = await wxpay.v3.payscore.serviceorder.get({
        params: { out_order_no: `${prefix}${index}`, service_id: profile.service_id, appid: profile.appid },
      });
      if (data && data.out_order_no) ok += 1;
    } catch (error) {
      if (!firstError) firstError = String(error && (error.message || error));
    }
  }
}

(async () => {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(JSON.stringify({
    requests: count, ok, seconds,
    cpu_ms_per_request: (cpu.user + cpu.system) / 1000 / count,
    error: firstError,
  }));
})();
