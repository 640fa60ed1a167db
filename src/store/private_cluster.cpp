#include <certphoto/store/private_cluster.h>

namespace certphoto::store {

Result<PrivateCluster> PrivateCluster::acquire(const QString&) {
    return makeError("cluster.unavailable", "the private cluster is not built yet");
}
PrivateCluster::~PrivateCluster() { release(); }
PrivateCluster::PrivateCluster(PrivateCluster&& o) noexcept
    : root_(std::move(o.root_)), socketDir_(std::move(o.socketDir_)), adminUser_(std::move(o.adminUser_)),
      held_(std::exchange(o.held_, false)) {}
PrivateCluster& PrivateCluster::operator=(PrivateCluster&& o) noexcept {
    if (this != &o) {
        release();
        root_ = std::move(o.root_);
        socketDir_ = std::move(o.socketDir_);
        adminUser_ = std::move(o.adminUser_);
        held_ = std::exchange(o.held_, false);
    }
    return *this;
}
QString PrivateCluster::adminConnInfo() const { return {}; }
QString PrivateCluster::socketDir() const { return socketDir_; }
QString PrivateCluster::dataDir() const { return root_; }
void PrivateCluster::release() { held_ = false; }

} // namespace certphoto::store
