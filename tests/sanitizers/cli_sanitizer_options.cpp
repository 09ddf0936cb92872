// Linked into payscore-cli only in the sanitizer build (PAYSCORE_SANITIZE).
//
// Qt runs HTTP on a thread of its own, and OpenSSL gives that thread its own random generators
// (RAND_get0_public / RAND_get0_private), freed by OpenSSL's thread-exit handler. Destroying the
// QNetworkAccessManager waits for the thread's QThread to finish, but the handler runs a moment
// later, as the pthread ends: when the CLI's process exits in that moment, LeakSanitizer
// finds the generators unreachable (seen about one CLI run in three in tst_sandbox_client).
// lsan.supp names those two functions; a suppression only matches when the allocation's stack
// reaches them, and libcrypto has no frame pointers, so this process unwinds with DWARF.
// The cost is small (tst_cli_bad_input: 84 s -> 99 s under ASan).
extern "C" const char *__asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
