# shellcheck shell=bash
# Per-instance network: a network namespace, a veth pair on 10.200.ID.0/30
# and the safety route; link faults for `cut` / `restore`. Sourced.

# True if any route or address of the machine, other than the default
# route, is inside 10.200.$1.0/30 or covers it.
subnet_taken() {
  local subnet routes
  subnet=$(subnet_of "$1")
  routes=$(ip -4 route show table all root "$subnet"; ip -4 route show table all match "$subnet")
  awk '$1 != "default" && NF { found = 1 } END { exit !found }' <<<"$routes"
}

# Picks a free instance id (caller holds the state lock). Ids go round-robin
# so that a just-freed address is not handed out again at once.
allocate_id() {
  local last n id used
  last=$(cat "$SANDBOX_STATE/.last-id" 2>/dev/null || echo 0)
  used=" $(cat "$SANDBOX_STATE"/*/id 2>/dev/null | tr '\n' ' ') "
  for ((n = 0; n < SANDBOX_ID_MAX; n++)); do
    id=$(((last + n) % SANDBOX_ID_MAX + 1))
    [[ $used == *" $id "* ]] || subnet_taken "$id" || break
  done
  ((n < SANDBOX_ID_MAX)) || die "no free instance id: every 10.200.N.0/30 is in use or overlaps a route"
  echo "$id" >"$SANDBOX_STATE/.last-id"
  printf '%s' "$id"
}

safety_route_add() {
  ip route add unreachable "$(subnet_of "$1")" metric "$SANDBOX_SAFETY_METRIC"
}

safety_route_del() {
  ip route del unreachable "$(subnet_of "$1")" metric "$SANDBOX_SAFETY_METRIC" 2>/dev/null || true
}

# Netns NAME with eth0 = 10.200.ID.2/30 and loopback; machine side veth
# 10.200.ID.1/30. No default route inside, no forwarding from the host.
net_up() {
  local name=$1 id=$2 ns veth
  ns=$(netns_name "$name")
  veth=$(veth_name "$id")
  ip netns add "$ns"
  ip link add "$veth" type veth peer name eth0 netns "$ns"
  # Nothing the host sends may be routed on by the machine, and no IPv6 on
  # the machine's end (nothing would route it either).
  echo 0 >"/proc/sys/net/ipv4/conf/$veth/forwarding"
  echo 1 >"/proc/sys/net/ipv6/conf/$veth/disable_ipv6"
  ip addr add "$(gateway_of "$id")/30" dev "$veth"
  ip link set "$veth" up
  ip -n "$ns" addr add "$(address_of "$id")/30" dev eth0
  ip -n "$ns" link set lo up
  ip -n "$ns" link set eth0 up
}

# Removes the veth and the netns (the safety route goes last, in down). The
# id is written down before the veth is made.
net_down() {
  [[ -z ${2:-} ]] || ip link del "$(veth_name "$2")" 2>/dev/null || true
  ip netns del "$(netns_name "$1")" 2>/dev/null || true
}

# `cut NAME`: the machine's end goes down; its connected route goes with it and
# the safety route answers "No route to host" at once.
# `cut NAME --drop`: packets vanish instead. Both ends get permanent neighbour
# entries (so no failed ARP reports an error), then the host's end goes down:
# the machine's veth stays up with its route, and what it sends is dropped.
net_cut() {
  local name=$1 id=$2 mode=$3 ns veth
  ns=$(netns_name "$name")
  veth=$(veth_name "$id")
  if [[ $mode == drop ]]; then
    ip neigh replace "$(address_of "$id")" dev "$veth" nud permanent lladdr "$(mac_of "$ns" eth0)"
    ip -n "$ns" neigh replace "$(gateway_of "$id")" dev eth0 nud permanent lladdr "$(mac_of "" "$veth")"
    ip -n "$ns" link set eth0 down
  else
    ip link set "$veth" down
  fi
}

# MAC address of link $2 in netns $1 ("" for the machine's).
mac_of() {
  ip ${1:+-n "$1"} -o link show "$2" | awk '{ for (i = 1; i < NF; i++) if ($i == "link/ether") print $(i + 1) }'
}

net_restore() {
  local name=$1 id=$2 ns veth
  ns=$(netns_name "$name")
  veth=$(veth_name "$id")
  ip addr replace "$(gateway_of "$id")/30" dev "$veth"
  ip link set "$veth" up
  ip -n "$ns" addr replace "$(address_of "$id")/30" dev eth0
  ip -n "$ns" link set eth0 up
  ip neigh del "$(address_of "$id")" dev "$veth" 2>/dev/null || true
  ip -n "$ns" neigh del "$(gateway_of "$id")" dev eth0 2>/dev/null || true
}
