# shellcheck shell=bash
# Per-instance network: a network namespace, a veth pair on 10.200.ID.0/30
# and the safety route; link faults for `cut` / `restore`. Sourced.

# a.b.c.d -> integer, in REPLY (no subshell: called in a loop).
ip2int() {
  local a b c d
  IFS=. read -r a b c d <<<"$1"
  REPLY=$(((a << 24) | (b << 16) | (c << 8) | d))
}

# True if prefixes $1 and $2 (a.b.c.d[/len]) share any address.
prefixes_overlap() {
  local la=32 lb=32 len mask x
  [[ $1 == */* ]] && la=${1#*/}
  [[ $2 == */* ]] && lb=${2#*/}
  len=$((la < lb ? la : lb))
  mask=$(((0xffffffff << (32 - len)) & 0xffffffff))
  ip2int "${1%/*}" && x=$((REPLY & mask))
  ip2int "${2%/*}" && ((x == (REPLY & mask)))
}

# Every IPv4 prefix the machine routes or owns, except the default route.
machine_prefixes() {
  {
    ip -4 -o route show table all | awk '
      $1 ~ /^(unicast|local|broadcast|multicast|unreachable|blackhole|prohibit|throw|anycast)$/ { print $2; next }
      { print $1 }'
    ip -4 -o addr show | awk '{ print $4 }'
  } | grep -v '^default$' | sort -u
}

# Picks a free instance id (caller holds the state lock). Ids go round-robin
# so that a just-freed address is not handed out again at once.
allocate_id() {
  local last n id used prefixes p ok
  last=$(cat "$SANDBOX_STATE/.last-id" 2>/dev/null || echo 0)
  used=" $(cat "$SANDBOX_STATE"/*/id 2>/dev/null | tr '\n' ' ') "
  prefixes=$(machine_prefixes)
  for ((n = 0; n < SANDBOX_ID_MAX; n++)); do
    id=$(((last + n) % SANDBOX_ID_MAX + 1))
    [[ $used == *" $id "* ]] && continue
    ok=1
    for p in $prefixes; do
      if prefixes_overlap "$p" "$(subnet_of "$id")"; then ok=0 && break; fi
    done
    ((ok)) || continue
    echo "$id" >"$SANDBOX_STATE/.last-id"
    printf '%s' "$id"
    return 0
  done
  die "no free instance id: every 10.200.N.0/30 is in use or overlaps a route"
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
  ip link set "$veth" alias "hostpanel-sandbox:$name"
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

# Removes the veth and the netns (the safety route goes last, in down).
net_down() {
  local name=$1 id=${2:-} ns link
  ns=$(netns_name "$name")
  [[ -z $id ]] || ip link del "$(veth_name "$id")" 2>/dev/null || true
  # Found by alias too, in case the id was never written down.
  for link in $(veths_of "$name"); do ip link del "$link" 2>/dev/null || true; done
  ip netns del "$ns" 2>/dev/null || true
}

# Machine-side veths whose alias names instance $1.
veths_of() {
  ip -o link show type veth 2>/dev/null | awk -v want="hostpanel-sandbox:$1" '
    { name = $2; sub(/@.*/, "", name); sub(/:$/, "", name) }
    { for (i = 1; i < NF; i++) if ($i == "alias" && $(i + 1) == want) print name }'
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
