#pragma once

#include <QString>

namespace ordo::secrets {

// Passwords and PINs: Argon2id through libsodium (crypto_pwhash_str), the parameters and salt kept in
// the hash string. A secret is never stored, logged or returned in clear.
enum class Strength {
    Interactive, // what accounts use: about 0.1–0.3 s and 64 MiB per hash on an office PC
    Minimal,     // libsodium's minimum: only to prove that older, weaker hashes are upgraded
};

// Empty when libsodium could not hash (out of memory): the caller refuses the change.
QString hash(const QString &secret, Strength strength = Strength::Interactive);
bool verify(const QString &hashed, const QString &secret);
// The hash was made with other parameters than today's: hash the secret again after a good sign-in.
bool needsRehash(const QString &hashed);

// API tokens: long random strings shown once. Only a BLAKE2b digest is stored; a token carries its
// public prefix so the row is found without scanning.
struct NewToken
{
    QString prefix;  // 8 hex digits, stored in clear
    QString token;   // "ordo_<prefix>_<secret>", shown once
    QString digest;  // hex BLAKE2b-256 of the whole token, stored
};
NewToken makeToken();
// The prefix of a token typed by a user, or empty when it does not look like one.
QString tokenPrefix(const QString &token);
QString tokenDigest(const QString &token);
// Constant-time comparison of two digests.
bool sameDigest(const QString &a, const QString &b);

} // namespace ordo::secrets
