#!/usr/bin/perl
# Writes the preseed file for `perl imscp-autoinstall -d -n -p FILE`: an answer to every
# question the target release can ask on this host, in the order it asks them. Under
# --preseed the installer asks only when an answer is missing or breaks its rule, and under
# --noprompt that question is exit 5, after its copy phase replaced the code. Each answer
# comes from, first to last: the `preseed` input (PRESEED_<KEY>), the action's other inputs,
# the current configuration ($IMSCP_ETC/imscp.conf and the servers' and packages' data
# files, a .data file's empty value taken from its .old.data), the host, a default the
# vendor documents. Every answer is checked against the release's rule (ANSWER_RULES,
# "KEY<TAB>regex<TAB>what" lines from answers.ts); the ones that are missing or break a rule
# are listed in PROBLEMS ("KEY<TAB>kind<TAB>reason"; kind: unanswered, bad or short).
# What the host is (addresses, names, the database's administrator) comes in by the
# environment (common.sh, imscp_export_answers), so the generator reads no command.
# Usage: perl preseed.pl OUT PROBLEMS   (OUT may be /dev/null for a dry run)
use strict;
use warnings;

my ($outFile, $problemsFile) = @ARGV;
die "usage: perl preseed.pl OUT PROBLEMS\n" unless defined $problemsFile;

sub env { my $v = $ENV{ $_[0] }; defined $v && $v ne '' ? $v : undef }
my $etc = env('IMSCP_ETC') // '/etc/imscp';
my $version = env('TARGET_VERSION') // '';
my $upgrade = (env('MODE') // '') eq 'upgrade';
my $sqlMin = env('SQL_MIN') // 1;
my $flag = sub { (env($_[0]) // '') eq 'true' };
my @hostIps = split ' ', env('HOST_IPS') // '';
my @dbIps = split ' ', env('DB_SERVER_IPS') // '';

my %rules = map { my ($k, $re, $what) = split /\t/, $_, 3; ($k => [qr/$re/, $what]) } grep { /\t/ } split /\n/, env('ANSWER_RULES') // '';

sub readData {
    my $file = shift;
    open my $fh, '<', $file or return {};
    my %data = map { /^\s*([A-Za-z0-9_]+)\s*=\s*(.*?)\s*$/ ? ($1 => $2) : () } <$fh>;
    \%data;
}
# A data file as the installer sees it: the release's copy resets <x>.data to empty
# values and keeps the previous ones in <x>.old.data (1.2.3:engine/PerlLib/Servers/ftpd/proftpd/installer.pm:218-228).
sub dataFile {
    my $name = shift;
    my ($data, $old) = (readData("$etc/$name.data"), readData("$etc/$name.old.data"));
    my %merged = %$old;
    $merged{$_} = $data->{$_} for grep { $data->{$_} ne '' } keys %$data;
    return (\%merged, sub { my $k = shift; ($data->{$k} // '') ne '' ? "$etc/$name.data" : "$etc/$name.old.data" });
}
my $conf = readData("$etc/imscp.conf");
sub fromConf { my $k = shift; [$conf->{$k}, "$etc/imscp.conf"] }
sub fromData { my ($file, $k) = @_; my ($d, $where) = dataFile($file); [$d->{$k}, $where->($k)] }

# The server alternatives of the release's packages file (docs/<Distro>/packages-<codename>.xml):
# a section with a default="" attribute lists them as its child elements (1.2.3:autoinstaller/Adapter/DebianAdapter.pm:431-463).
my %alternatives;
my %sectionDefault;
if (my $file = env('PACKAGES_FILE')) {
    if (open my $fh, '<', $file) {
        local $/;
        my $xml = <$fh>;
        while ($xml =~ m{<(\w+)\s+default="([^"]*)"[^>]*>(.*?)</\1>}gs) {
            my ($section, $default, $body) = ($1, $2, $3);
            my ($depth, @names) = (0);
            while ($body =~ m{<(/?)([A-Za-z0-9_.]+)[^>]*?(/?)>}g) {
                if ($1) { $depth--; next }
                push @names, $2 if $depth == 0;
                $depth++ unless $3;
            }
            ($alternatives{$section}, $sectionDefault{$section}) = (\@names, $default);
        }
    }
}

# Where the packages file has no such section, the defaults the vendor's files name
# (1.2.3:docs/Debian/packages-jessie.xml:10, 28, 45, 53, 59).
my %vendorDefault = (httpd => 'apache_php_fpm', po => 'dovecot', mta => 'postfix', ftpd => 'proftpd', named => 'bind');

my (@order, %value, %source, %problem);
sub note { my ($key, $kind, $reason) = @_; $problem{$key} //= [$kind, $reason] }

# answer(KEY, candidates...): the first candidate with a value wins, the preseed input first.
sub answer {
    my ($key, @candidates) = @_;
    push @order, $key unless grep { $_ eq $key } @order;
    for my $c ([$ENV{"PRESEED_$key"}, 'the preseed input'], @candidates) {
        my ($v, $from) = @$c;
        next unless defined $v && $v ne '';
        ($value{$key}, $source{$key}) = ($v, $from);
        return $v;
    }
    return '';
}
sub asked {
    my ($key, $why, @candidates) = @_;
    my $v = answer($key, @candidates);
    note($key, 'unanswered', $why // "no value: not in the configuration, and no input gives it; set $key in preseed") if $v eq '';
    $v;
}
sub oneOf { my ($v, @list) = @_; scalar grep { $_ eq ($v // '') } @list }
# The answer so far ('' when none).
sub val { $value{ $_[0] } // '' }

# Build phase: the server implementations, asked when not an alternative of the packages file.
for my $section (qw(httpd po mta ftpd named sql)) {
    my $key = uc($section) . '_SERVER';
    my @found = $section eq 'sql' && env('SQL_SERVER_FOUND') ? ([env('SQL_SERVER_FOUND'), 'the running SQL server']) : ();
    my $v = asked($key, undef, fromConf($key), @found, [$sectionDefault{$section}, "the packages file's default"], [$vendorDefault{$section}, "the vendor's default"]);
    my $alts = $alternatives{$section};
    note($key, 'bad', "$key '$v' is not one of the packages file's alternatives (" . join(', ', @$alts) . "); set $key in preseed")
        if $v ne '' && $alts && @$alts > 1 && !oneOf($v, @$alts);
}

# Setup dialog: the core questions (1.2.3:engine/setup/imscp-setup-methods.pl:121-137).
asked('SERVER_HOSTNAME', undef, fromConf('SERVER_HOSTNAME'), [env('HOST_FQDN'), 'hostname -f']);
asked('LOCAL_DNS_RESOLVER', undef, fromConf('LOCAL_DNS_RESOLVER'), ['yes', 'the default (1.2.0:docs/preseed.pl)'])
    if $flag->('RESOLVER_IN_CONF') && !oneOf(val('NAMED_SERVER'), qw(no external_server));
my $ip = asked('BASE_SERVER_IP', undef, fromConf('BASE_SERVER_IP'), [env('HOST_MAIN_IP'), "the host's main address"]);
my @listed = split /[\s,;]+/, $ENV{PRESEED_SERVER_IPS} // '';
note('BASE_SERVER_IP', 'bad', "BASE_SERVER_IP '$ip' is not an address of this host, of server_ips or of SERVER_IPS: the installer would ask for it")
    if $ip ne '' && !oneOf($ip, @hostIps, @dbIps, @listed);
# Without a public address of its own the dialog takes the base address (1.2.3:engine/setup/imscp-setup-methods.pl:311-345).
asked('BASE_SERVER_PUBLIC_IP', undef, fromConf('BASE_SERVER_PUBLIC_IP'), [$ip, 'BASE_SERVER_IP (a server with no other public address)']);
answer('DATABASE_TYPE', ['mysql', 'the only type']);
my $dbHost = asked('DATABASE_HOST', undef, [env('DB_HOST'), 'the preflight']);
asked('DATABASE_PORT', undef, fromConf('DATABASE_PORT'), ['3306', 'the default']);
asked('DATABASE_USER', undef, [env('DB_USER'), 'the preflight']);
asked('DATABASE_PASSWORD', 'no value: set database-password', [env('DATABASE_PASSWORD'), 'the database-password input'], fromConf('DATABASE_PASSWORD'));
asked('DATABASE_USER_HOST', undef, fromConf('DATABASE_USER_HOST'), [oneOf($dbHost, qw(localhost 127.0.0.1)) ? 'localhost' : undef, 'a local database']);
asked('DATABASE_NAME', undef, [env('DB_NAME'), 'the preflight']);
my $prefix = join ' ', grep { defined } map { $conf->{$_} } qw(MYSQL_PREFIX MYSQL_PREFIX_TYPE);
my $prefixOk = $prefix =~ /^(?:no none|yes (?:infront|behind))$/;
asked('MYSQL_PREFIX', undef, [$prefixOk ? $conf->{MYSQL_PREFIX} : undef, "$etc/imscp.conf"], ['no', 'the default']);
asked('MYSQL_PREFIX_TYPE', undef, [$prefixOk ? $conf->{MYSQL_PREFIX_TYPE} : undef, "$etc/imscp.conf"], [val('MYSQL_PREFIX') eq 'no' ? 'none' : undef, 'the default']);
my $pair = val('MYSQL_PREFIX') . ' ' . val('MYSQL_PREFIX_TYPE');
note('MYSQL_PREFIX_TYPE', 'bad', "MYSQL_PREFIX and MYSQL_PREFIX_TYPE '$pair' do not go together: no with none, yes with infront or behind")
    unless $pair =~ /^(?:no none|yes (?:infront|behind))$/;

# Under --preseed the installer takes both from the preseed file even when an administrator
# exists: it blanks the name without a password, asks for an empty name, and sets that
# administrator's password on every run; another name INSERTs a second administrator
# (1.2.3:engine/setup/imscp-setup-methods.pl:721-724, 753, 1555-1614).
my $existing = env('EXISTING_ADMIN');
my $name = asked('ADMIN_LOGIN_NAME', undef, [$existing, 'the administrator in the database'], [$upgrade ? undef : 'admin', 'the default']);
note('ADMIN_LOGIN_NAME', 'bad', "ADMIN_LOGIN_NAME '$name' is the login of a reseller or customer: the installer's INSERT of a new administrator would fail (admin_name is unique)")
    if env('ADMIN_NAME_TAKEN');
note('ADMIN_LOGIN_NAME', 'notice', "ADMIN_LOGIN_NAME '$name' is not the administrator '$existing': the installer adds a second administrator and leaves '$existing' as it is")
    if $existing && $name ne '' && $name ne $existing;
asked('ADMIN_PASSWORD', $upgrade
    ? "no value: i-MSCP ${version}'s installer under --preseed takes the administrator's password from the preseed file even when one exists, asks for it when it is missing (exit 5 under --noprompt), and sets it on every run; its hash cannot be read back: set admin-password (or ADMIN_PASSWORD in preseed)"
    : 'no value: the first administrator needs one: set admin-password (or ADMIN_PASSWORD in preseed)',
    [env('ADMIN_PASSWORD'), 'the admin-password input']);
asked('DEFAULT_ADMIN_ADDRESS', undef, [env('ADMIN_EMAIL'), 'the admin-email input'], fromConf('DEFAULT_ADMIN_ADDRESS'));
my $zone = asked('PHP_TIMEZONE', undef, fromConf('PHP_TIMEZONE'), [env('HOST_TIMEZONE'), "the host's time zone"], ['UTC', 'the default']);
# The installer asks unless DateTime::TimeZone knows the name (1.2.3:engine/setup/imscp-setup-methods.pl:847): the
# host's Olson database stands in for it.
my $zoneinfo = env('ZONEINFO') // '/usr/share/zoneinfo';
note('PHP_TIMEZONE', 'bad', "PHP_TIMEZONE '$zone' is not a time zone of the Olson database") if $zone =~ m{^[\w+-]+(?:/[\w+-]+)*$} && -d $zoneinfo && !-f "$zoneinfo/$zone";

# SSL with --preseed: nothing is validated, and the certificate is made again from the
# preseed paths (1.2.3:engine/setup/imscp-setup-methods.pl:966-973, 1617-1648; FrontEnd likewise).
sub ssl {
    my ($what) = @_;
    my $enabled = asked("${what}_SSL_ENABLED", undef, fromConf("${what}_SSL_ENABLED"), ['no', 'the default']);
    answer("${what}_SSL_$_") for qw(SELFSIGNED_CERTIFICATE PRIVATE_KEY_PATH PRIVATE_KEY_PASSPHRASE CERTIFICATE_PATH CA_BUNDLE_PATH);
    note("${what}_SSL_CERTIFICATE_PATH", 'unanswered', "${what}_SSL_ENABLED is yes: under --preseed the installer makes the certificate again from ${what}_SSL_PRIVATE_KEY_PATH and ${what}_SSL_CERTIFICATE_PATH, or ${what}_SSL_SELFSIGNED_CERTIFICATE=yes; set them in preseed")
        if $enabled eq 'yes' && ($value{"${what}_SSL_SELFSIGNED_CERTIFICATE"} // '') ne 'yes'
        && !(defined $value{"${what}_SSL_PRIVATE_KEY_PATH"} && defined $value{"${what}_SSL_CERTIFICATE_PATH"});
}
ssl('SERVICES');
asked('BACKUP_IMSCP', undef, fromConf('BACKUP_IMSCP'), ['yes', 'the default (docs/preseed.pl)']);
asked('BACKUP_DOMAINS', undef, fromConf('BACKUP_DOMAINS'), ['yes', 'the default (docs/preseed.pl)']);

# The servers' questions (Servers::<kind>::<name>::installer showDialog), for the implementation chosen.
my %users = (
    FTPD => ['proftpd/proftpd', 'vftp_user'], SASL => ['postfix/postfix', 'sasl_user'], DOVECOT => ['dovecot/dovecot', 'dovecot_user'],
    AUTHDAEMON => ['courier/courier', 'authdaemon_user'], PHPMYADMIN => ['pma/phpmyadmin', 'pma_user'],
    ROUNDCUBE => ['roundcube/roundcube', 'roundcube_user'], RAINLOOP => ['rainloop/rainloop', 'rainloop_user'],
);
sub randomPassword {
    open my $fh, '<', '/dev/urandom' or die "/dev/urandom: $!\n";
    read $fh, my $bytes, 256;
    substr(join('', grep { /[A-Za-z0-9]/ } split //, $bytes), 0, 16);
}
sub sqlUser {
    my $who = shift;
    my ($file, $default) = @{ $users{$who} };
    asked("${who}_SQL_USER", undef, fromData($file, 'DATABASE_USER'), [$default, 'the default']);
    asked("${who}_SQL_PASSWORD", undef, fromData($file, 'DATABASE_PASSWORD'), [randomPassword(), 'generated']);
}
my $httpd = val('HTTPD_SERVER');
asked('INI_LEVEL', undef, fromData('apache/apache', 'INI_LEVEL'), ['per_user', 'the default']) if $httpd eq 'apache_fcgid';
asked('PHP_FPM_POOLS_LEVEL', undef, fromData('php-fpm/phpfpm', 'PHP_FPM_POOLS_LEVEL'), ['per_user', 'the default']) if $httpd eq 'apache_php_fpm';
sqlUser(val('PO_SERVER') eq 'courier' ? 'AUTHDAEMON' : 'DOVECOT') if oneOf(val('PO_SERVER'), qw(courier dovecot));
sqlUser('SASL') if val('MTA_SERVER') eq 'postfix';
sqlUser('FTPD') if val('FTPD_SERVER') eq 'proftpd';
if (val('NAMED_SERVER') eq 'bind') {
    my $mode = asked('BIND_MODE', undef, fromData('bind/bind', 'BIND_MODE'), ['master', 'the default']);
    asked('SECONDARY_DNS', undef, fromData('bind/bind', 'SECONDARY_DNS'), ['no', 'the default']) if $mode eq 'master';
    asked('PRIMARY_DNS', 'no value: a slave DNS server needs its masters; set PRIMARY_DNS in preseed', fromData('bind/bind', 'PRIMARY_DNS')) if $mode eq 'slave';
    note('PRIMARY_DNS', 'bad', "PRIMARY_DNS must name the masters' addresses (not no or 127.0.0.1) in slave mode")
        if $mode eq 'slave' && (val('PRIMARY_DNS') // '') =~ /^(?:no)?$|(?:^|[; ])127\.0\.0\.1(?:$|[; ])/;
    asked('BIND_IPV6', undef, fromData('bind/bind', 'BIND_IPV6'), ['no', 'the default']);
    asked('LOCAL_DNS_RESOLVER', undef, fromData('bind/bind', 'LOCAL_DNS_RESOLVER'), fromConf('LOCAL_DNS_RESOLVER'), ['yes', 'the default']) unless $flag->('RESOLVER_IN_CONF');
}

# The packages' questions (Package::<name>::showDialog).
asked('BASE_SERVER_VHOST', undef, [env('PANEL_HOSTNAME'), 'the panel-hostname input'], fromConf('BASE_SERVER_VHOST'),
    [val('SERVER_HOSTNAME') ? 'admin.' . val('SERVER_HOSTNAME') : undef, "the dialog's default, admin.SERVER_HOSTNAME"]);
ssl('PANEL');
my $panelSsl = val('PANEL_SSL_ENABLED') eq 'yes';
asked('BASE_SERVER_VHOST_PREFIX', undef, fromConf('BASE_SERVER_VHOST_PREFIX'), ['http://', 'the default']);
note('BASE_SERVER_VHOST_PREFIX', 'bad', 'BASE_SERVER_VHOST_PREFIX is https:// but PANEL_SSL_ENABLED is not yes') if val('BASE_SERVER_VHOST_PREFIX') eq 'https://' && !$panelSsl;
if ($flag->('PORTS_ASKED')) {
    my $http = asked('BASE_SERVER_VHOST_HTTP_PORT', undef, fromConf('BASE_SERVER_VHOST_HTTP_PORT'), ['8080', 'the default (docs/preseed.pl)']);
    if ($panelSsl) {
        my $https = asked('BASE_SERVER_VHOST_HTTPS_PORT', undef, fromConf('BASE_SERVER_VHOST_HTTPS_PORT'), ['4443', 'the default (docs/preseed.pl)']);
        note('BASE_SERVER_VHOST_HTTPS_PORT', 'bad', "the HTTPS port $https is the HTTP port") if $https eq $http;
    }
}
sqlUser('PHPMYADMIN');
# 1.1.x kept the packages as *_ADDONS and FILEMANAGER_ADDON; 1.2.x asks for *_PACKAGES, and
# 1.2.1 renamed AjaXplorer to Pydio (1.2.1:engine/PerlLib/Package/FileManager/).
my @fileManagers = split ' ', env('FILEMANAGERS') // '';
my $oldFm = $conf->{FILEMANAGER_ADDON};
$oldFm = 'Pydio' if defined $oldFm && $oldFm eq 'AjaXplorer' && !oneOf('AjaXplorer', @fileManagers);
asked('ANTI_ROOTKITS_PACKAGES', undef, fromConf('ANTI_ROOTKITS_PACKAGES'), [$conf->{ANTI_ROOTKITS_ADDONS}, "$etc/imscp.conf (1.1.x ANTI_ROOTKITS_ADDONS)"], ['Chkrootkit,Rkhunter', 'the default (docs/preseed.pl)']);
asked('FILEMANAGER_PACKAGE', undef, fromConf('FILEMANAGER_PACKAGE'), [$oldFm, "$etc/imscp.conf (1.1.x FILEMANAGER_ADDON)"], [$fileManagers[-1], 'the default (docs/preseed.pl)']);
my $webstats = asked('WEBSTATS_PACKAGES', undef, fromConf('WEBSTATS_PACKAGES'), [$conf->{WEBSTATS_ADDONS}, "$etc/imscp.conf (1.1.x WEBSTATS_ADDONS)"], ['Awstats', 'the default (docs/preseed.pl)']);
asked('AWSTATS_MODE', undef, fromConf('AWSTATS_MODE'), ['0', 'the default (docs/preseed.pl)']) if oneOf('Awstats', split /,/, $webstats);

# Webmails: 1.2.0 installs Roundcube; from 1.2.1 the webmails input, else what is configured,
# else what has data files, else none.
if ($flag->('WEBMAILS_ASKED')) {
    my %name = (roundcube => 'Roundcube', rainloop => 'RainLoop');
    my $input = env('WEBMAILS');
    $input = $input eq 'none' ? 'No' : join(',', map { $name{$_} } split /\s*,\s*/, $input) if defined $input;
    my $installed = join ',', grep { -f "$etc/" . lc($_) . '/' . lc($_) . '.data' } qw(Roundcube RainLoop);
    my $webmails = asked('WEBMAIL_PACKAGES', undef, [$input, 'the webmails input'], fromConf('WEBMAIL_PACKAGES'), [$installed, 'the webmails with data files'], ['No', 'the default']);
    for my $webmail (qw(Roundcube RainLoop)) { sqlUser(uc $webmail) if oneOf($webmail, split /,/, $webmails) }
} else {
    sqlUser('ROUNDCUBE');
}
asked('DNSBL_CHECKS_ONLY', undef, fromData('policyd/policyd', 'DNSBL_CHECKS_ONLY'), ['no', 'the default (docs/preseed.pl)']) if $flag->('POLICYD_ASKED');

# Keys the preseed input gives beyond these go to the file as given.
for (sort grep { s/^PRESEED_// } keys %ENV) { answer($_) unless exists $value{$_} }

open my $problems, '>', $problemsFile or die "$problemsFile: $!\n";
open my $out, '>', $outFile or die "$outFile: $!\n";
sub quote { (my $v = shift) =~ s/(['\\])/\\$1/g; "'$v'" }
for my $key (@order) {
    my $secret = $key =~ /PASSWORD|PASSPHRASE/;
    if (exists $value{$key}) {
        my $v = $value{$key};
        printf "%s = %s (from %s)\n", $key, $secret ? '***' : $v, $source{$key};
        my ($rule, $what) = @{ $rules{$key} // [qr/^/, ''] };
        my $shown = $secret ? $key : "$key '$v'";
        if ($key =~ /_SQL_(?:USER|PASSWORD)$/ && length($v) < $sqlMin) {
            note($key, 'short', sprintf('%s has %d characters (from %s); i-MSCP %s needs at least %d', $shown, length($v), $source{$key}, $version, $sqlMin));
        } elsif ($v !~ $rule) {
            note($key, 'bad', "$shown (from $source{$key}) is not $what");
        }
        print $out "\$main::questions{'$key'} = ",
            $key eq 'SERVER_IPS' ? '[' . join(', ', map { quote($_) } split /[\s,;]+/, $v) . ']' : quote($v), ";\n";
    } elsif ($problem{$key}) {
        print "$key: no answer\n";
    }
    print $problems "$key\t$problem{$key}[0]\t$problem{$key}[1]\n" if $problem{$key};
}
print $out "1;\n";
close $out or die "$outFile: $!\n";
close $problems;
