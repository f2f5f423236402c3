# Let's Encrypt can only succeed when the panel domain points at this host's public IP.
if [ -z "$PANEL_DOMAIN" ]; then
  hp_fact LE_DOMAIN ""
  hp_log "Let's Encrypt: off (--no-letsencrypt): no panel-domain given"
  exit 0
fi
resolved=$(hp_resolve4 "$PANEL_DOMAIN" | tr '\n' ' ')
if printf ' %s ' "$resolved" | grep -q " $PUBLIC_IP "; then
  hp_fact LE_DOMAIN "$PANEL_DOMAIN"
  hp_log "Let's Encrypt: on (--le-domain $PANEL_DOMAIN): it resolves to $PUBLIC_IP, this host's public address"
else
  hp_fact LE_DOMAIN ""
  hp_log "Let's Encrypt: off (--no-letsencrypt): $PANEL_DOMAIN resolves to '${resolved% }', not to this host's public address $PUBLIC_IP"
fi
