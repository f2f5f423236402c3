# shellcheck shell=bash
# `sandbox.sh identity NAME RELEASE`: make a host look like another release to
# os-release readers and lsb_release. Only the identification files change;
# packages and apt stay Debian 12. Sourced.

# RELEASE -> "id|Name|version_id|version|codename|debian_version"
identity_fields() {
  case $1 in
    ubuntu-22.04) echo 'ubuntu|Ubuntu|22.04|22.04.5 LTS (Jammy Jellyfish)|jammy|bookworm/sid' ;;
    ubuntu-24.04) echo 'ubuntu|Ubuntu|24.04|24.04.3 LTS (Noble Numbat)|noble|trixie/sid' ;;
    debian-12) echo 'debian|Debian GNU/Linux|12|12 (bookworm)|bookworm|' ;;
    debian-8) echo 'debian|Debian GNU/Linux|8|8 (jessie)|jessie|8.11' ;;
    *) die "unknown release '$1' (ubuntu-22.04, ubuntu-24.04, debian-12, debian-8)" ;;
  esac
}

cmd_identity() {
  local name=$1 release=${2:-} fields id pretty distro version_id version codename debian_version image
  running_id "$name" >/dev/null
  fields=$(identity_fields "$release")
  IFS='|' read -r id distro version_id version codename debian_version <<<"$fields"
  image=$(sed -n 's/^IMAGE=//p' "$(state_dir "$name")/boot.env")
  # Debian 12 is what the image really is: its own files, untouched.
  if [[ $release == debian-12 ]]; then
    host_exec "$name" bash -c 'cat >/usr/lib/os-release; ln -sfn ../usr/lib/os-release /etc/os-release' \
      <"$image/usr/lib/os-release"
    debian_version=$(cat "$image/etc/debian_version")
  else
    if [[ $id == ubuntu ]]; then
      pretty="Ubuntu ${version%% (*}"
    else
      pretty="$distro $version"
    fi
    {
      echo "PRETTY_NAME=\"$pretty\""
      echo "NAME=\"$distro\""
      echo "VERSION_ID=\"$version_id\""
      echo "VERSION=\"$version\""
      echo "VERSION_CODENAME=$codename"
      echo "ID=$id"
      if [[ $id == ubuntu ]]; then
        echo 'ID_LIKE=debian'
        echo 'HOME_URL="https://www.ubuntu.com/"'
        echo "UBUNTU_CODENAME=$codename"
      else
        echo 'HOME_URL="https://www.debian.org/"'
      fi
    } | host_exec "$name" bash -c 'cat >/usr/lib/os-release; ln -sfn ../usr/lib/os-release /etc/os-release'
  fi
  {
    echo "DISTRIB_ID=${distro%% *}"
    echo "DISTRIB_RELEASE=$version_id"
    echo "DISTRIB_CODENAME=$codename"
    # shellcheck disable=SC2016  # (expanded inside the host)
    echo "DISTRIB_DESCRIPTION=\"$(host_exec "$name" bash -c '. /usr/lib/os-release && echo "$PRETTY_NAME"')\""
  } | host_exec "$name" bash -c 'cat >/etc/lsb-release'
  echo "$debian_version" | host_exec "$name" bash -c 'cat >/etc/debian_version'
}
