# 1.2.0 errata: the panel now has its own nginx, on 8080/4443 or the ports in imscp.conf,
# no longer on Apache's 80/443.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

http=$(imscp_conf BASE_SERVER_VHOST_HTTP_PORT)
https=$(imscp_conf BASE_SERVER_VHOST_HTTPS_PORT)
vhost=$(imscp_conf BASE_SERVER_VHOST)
hp_report panel-ports "http ${http:-none}, https ${https:-none}"
hp_warn "from 1.2.0 the panel has its own nginx: http://$vhost:$http/${https:+ and https://$vhost:$https/}, no longer Apache's ports 80/443 (1.2.0 errata)"
