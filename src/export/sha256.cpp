#include <certphoto/export/sha256.h>

#include <openssl/evp.h>

#include <stdexcept>

namespace certphoto::exporting {

struct Sha256::State {
    EVP_MD_CTX* ctx = nullptr;
    ~State() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : state_(std::make_unique<State>()) {
    state_->ctx = EVP_MD_CTX_new();
    // Only fails without memory or without the default provider: nothing an export could go on from.
    if (!state_->ctx || EVP_DigestInit_ex(state_->ctx, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL SHA-256 is not available");
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::add(const char* data, std::size_t size) {
    EVP_DigestUpdate(state_->ctx, data, size);
}

QString Sha256::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(state_->ctx, digest, &n);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(n)).toHex());
}

} // namespace certphoto::exporting
