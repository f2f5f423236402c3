#!/usr/bin/perl
# Writes the preseed file for `perl imscp-autoinstall -d -n -p FILE`, one answer per
# question, in the order the installer asks them, for the target release. Each answer
# comes from, first to last: the `preseed` input (PRESEED_<KEY>), the action's own inputs,
# the current configuration (/etc/imscp/imscp.conf, the restricted SQL users' data
# files), a default. Answers that are missing or break a rule the release enforces are
# listed in PROBLEMS ("KEY<TAB>kind<TAB>reason"; kind: unanswered, doubtful or short),
# because under --noprompt the installer stops at such a question with exit 5.
# Usage: perl preseed.pl OUT PROBLEMS   (OUT may be /dev/null for a dry run)
use strict;
use warnings;

my ($outFile, $problemsFile) = @ARGV;
die "usage: perl preseed.pl OUT PROBLEMS\n" unless defined $problemsFile;

my $sqlMin = $ENV{SQL_MIN} || 1;
my $portsAsked = ($ENV{PORTS_ASKED} // '') eq 'true';
my $webmailsAsked = ($ENV{WEBMAILS_ASKED} // '') eq 'true';

sub readConf {
    my $file = shift;
    open my $fh, '<', $file or return {};
    my %conf = map { /^\s*([A-Za-z0-9_]+)\s*=\s*(.*?)\s*$/ ? ($1 => $2) : () } <$fh>;
    \%conf;
}
my $conf = readConf('/etc/imscp/imscp.conf');
chomp(my $hostname = `hostname -f 2>/dev/null` || '');
my @hostIps = `ip -o -4 addr show 2>/dev/null` =~ m{inet (\d+\.\d+\.\d+\.\d+)/}g;
my ($mainIp) = `ip -4 -o addr show scope global 2>/dev/null` =~ m{inet (\d+\.\d+\.\d+\.\d+)/};

# The SQL server as i-MSCP names it (mysql_5.5, mariadb_10.0): from the running server.
sub sqlServer {
    my $version = `mysqld --version 2>/dev/null` || `mariadbd --version 2>/dev/null` || '';
    return $version =~ /(\d+\.\d+)\.\d+-MariaDB/i ? "mariadb_$1" : $version =~ /Ver (\d+\.\d+)/ ? "mysql_$1" : undef;
}

# An administrator exists: the installer asks ADMIN_* only while there is none.
sub adminExists {
    my $cnf = $ENV{IMSCP_DB_CNF} // '';
    return 0 unless -f $cnf && ($ENV{DB_NAME} // '') =~ /^[\w-]+$/;
    my $client = system('command -v mysql >/dev/null 2>&1') == 0 ? 'mysql' : 'mariadb';
    my $count = `$client --defaults-file='$cnf' -N -B '$ENV{DB_NAME}' -e "SELECT COUNT(*) FROM admin WHERE admin_type = 'admin'" 2>/dev/null` // '';
    $count =~ /^[1-9]/;
}

sub randomPassword {
    open my $fh, '<', '/dev/urandom' or die "/dev/urandom: $!\n";
    read $fh, my $bytes, 64;
    my $password = join '', grep { /[A-Za-z0-9]/ } split //, $bytes;
    substr($password . join('', map { ('a' .. 'z', 0 .. 9)[rand 36] } 1 .. 16), 0, 16);
}

my (%value, %source);
# The first candidate with a value wins.
sub answer {
    my ($key, @candidates) = @_;
    unshift @candidates, [$ENV{"PRESEED_$key"}, 'the preseed input'];
    for my $c (@candidates) {
        my ($v, $from) = @$c;
        next unless defined $v && $v ne '';
        ($value{$key}, $source{$key}) = ($v, $from);
        return $v;
    }
    return '';
}
sub fromConf { [$conf->{ $_[0] }, '/etc/imscp/imscp.conf'] }

my %servers = (
    HTTPD_SERVER => [qw(apache_itk apache_fcgid apache_php_fpm)],
    PO_SERVER => [qw(courier dovecot)],
    FTPD_SERVER => [qw(proftpd)],
    MTA_SERVER => [qw(postfix)],
    NAMED_SERVER => [qw(bind external_server)],
);
my %serverDefault = (HTTPD_SERVER => 'apache_php_fpm', PO_SERVER => 'dovecot', FTPD_SERVER => 'proftpd', MTA_SERVER => 'postfix', NAMED_SERVER => 'bind');
my %webmailName = (roundcube => 'Roundcube', rainloop => 'RainLoop');

sub oneOf { my ($v, @list) = @_; scalar grep { $_ eq $v } @list }
sub fqdn { $_[0] =~ /^(?=.{1,255}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i }
sub port { $_[0] =~ /^\d+$/ && $_[0] >= 1023 && $_[0] <= 65535 }

# [key, rule (undef = fine), asked?, candidates...] in the installer's order.
my @order;
my %rule;
my %asked;
sub question {
    my ($key, $rule, $asked, @candidates) = @_;
    push @order, $key;
    $asked{$key} = $asked;
    $rule{$key} = $rule;
    answer($key, @candidates) if $asked;
}
sub listRule { my @list = @_; sub { oneOf($_[0], @list) ? undef : 'not one of ' . join(', ', @list) } }

question($_, listRule(@{ $servers{$_} }), 1, fromConf($_), [$serverDefault{$_}, 'the default']) for sort keys %servers;
question('SQL_SERVER', sub { $_[0] =~ /^(?:mysql|mariadb|percona)_\d+\.\d+$/ ? undef : 'not mysql_X.Y, mariadb_X.Y or percona_X.Y' }, 1,
    fromConf('SQL_SERVER'), [sqlServer(), 'the running SQL server']);
question('SERVER_HOSTNAME', sub { fqdn($_[0]) ? undef : 'not a fully qualified host name' }, 1, fromConf('SERVER_HOSTNAME'), [$hostname, 'hostname -f']);
question('BASE_SERVER_VHOST', sub { fqdn($_[0]) ? undef : 'not a fully qualified host name' }, 1, [$ENV{PANEL_HOSTNAME}, 'the panel-hostname input'], fromConf('BASE_SERVER_VHOST'));
question('BASE_SERVER_IP', sub { oneOf($_[0], @hostIps) ? undef : 'not an IPv4 address of this host' }, 1, fromConf('BASE_SERVER_IP'), [$mainIp, "the host's main address"]);
question('PANEL_SSL_ENABLED', listRule(qw(yes no)), 1, fromConf('PANEL_SSL_ENABLED'), ['no', 'the default']);
question('BASE_SERVER_VHOST_PREFIX', sub { $_[0] eq 'http://' || ($_[0] eq 'https://' && $value{PANEL_SSL_ENABLED} eq 'yes') ? undef : 'not http://, or https:// with PANEL_SSL_ENABLED yes' }, 1,
    fromConf('BASE_SERVER_VHOST_PREFIX'), ['http://', 'the default']);
question('BASE_SERVER_VHOST_HTTP_PORT', sub { port($_[0]) ? undef : 'not a port from 1023 to 65535' }, $portsAsked, fromConf('BASE_SERVER_VHOST_HTTP_PORT'), ['8080', 'the default']);
question('BASE_SERVER_VHOST_HTTPS_PORT', sub { port($_[0]) ? undef : 'not a port from 1023 to 65535' }, $portsAsked && ($value{PANEL_SSL_ENABLED} // '') eq 'yes',
    fromConf('BASE_SERVER_VHOST_HTTPS_PORT'), ['4443', 'the default']);
question('DATABASE_HOST', sub { undef }, 1, [$ENV{DB_HOST}, 'the preflight']);
question('DATABASE_NAME', sub { $_[0] =~ /^[\w-]{1,64}$/ ? undef : 'not a database name' }, 1, [$ENV{DB_NAME}, 'the preflight']);
question('DATABASE_USER', sub { $_[0] =~ /^\S{1,16}$/ ? undef : 'not a user name of 1 to 16 characters' }, 1, [$ENV{DB_USER}, 'the preflight']);
question('DATABASE_PASSWORD', \&passwordRule, 1, [$ENV{DATABASE_PASSWORD}, 'the database-password input'], fromConf('DATABASE_PASSWORD'));
my $noAdmin = !adminExists();
question('ADMIN_LOGIN_NAME', sub { $_[0] =~ /^[\w.-]{2,}$/ ? undef : 'not a login name' }, $noAdmin, ['admin', 'the default']);
question('ADMIN_PASSWORD', sub { length($_[0]) >= 6 ? undef : 'shorter than 6 characters' }, $noAdmin, [$ENV{ADMIN_PASSWORD}, 'the admin-password input']);
question('DEFAULT_ADMIN_ADDRESS', sub { $_[0] =~ /^[^@\s]+@[^@\s]+\.[^@\s]+$/ ? undef : 'not an e-mail address' }, 1, [$ENV{ADMIN_EMAIL}, 'the admin-email input'], fromConf('DEFAULT_ADMIN_ADDRESS'));

# Webmails (1.2.1+): the webmails input, else what is configured, else what has data files.
my $webmailsInput = ($ENV{WEBMAILS} // '') eq '' ? undef : $ENV{WEBMAILS} eq 'none' ? 'No' : join(',', map { $webmailName{$_} } split /\s*,\s*/, $ENV{WEBMAILS});
my $installed = join(',', grep { defined } (-f '/etc/imscp/roundcube/roundcube.data' ? 'Roundcube' : undef), (-f '/etc/imscp/rainloop/rainloop.data' ? 'RainLoop' : undef));
question('WEBMAIL_PACKAGES', sub { ($_[0] eq 'No' || !grep { !oneOf($_, qw(Roundcube RainLoop)) } split(/\s*,\s*/, $_[0])) ? undef : 'not No, or a list of Roundcube and RainLoop' },
    $webmailsAsked, [$webmailsInput, 'the webmails input'], fromConf('WEBMAIL_PACKAGES'), [$installed, 'the webmails with data files'], ['No', 'the default']);
my @webmails = split /\s*,\s*/, ($value{WEBMAIL_PACKAGES} // '');

sub userRule { my $v = shift; length($v) < $sqlMin ? 'short' : length($v) > 16 || $v =~ /\s/ ? 'not a user name of up to 16 characters without spaces' : undef }
sub passwordRule { my $v = shift; length($v) < $sqlMin ? 'short' : $v =~ /\s/ ? 'a password with spaces' : undef }

# Restricted SQL users: their data files (the stand-in's layout: DATABASE_USER/DATABASE_PASSWORD).
for my $u (
    ['FTPD', 'proftpd/proftpd.data', 'vftp_user', 1],
    ['DOVECOT', 'dovecot/dovecot.data', 'dovecot_user', ($value{PO_SERVER} // '') eq 'dovecot'],
    ['AUTHDAEMON', 'courier/authdaemon.data', 'authdaemon_user', ($value{PO_SERVER} // '') eq 'courier'],
    ['SASL', 'courier/sasl.data', 'sasl_user', ($value{PO_SERVER} // '') eq 'courier'],
    ['PHPMYADMIN', 'pma/pma.data', 'pma_user', 1],
    ['ROUNDCUBE', 'roundcube/roundcube.data', 'roundcube_user', $webmailsAsked ? oneOf('Roundcube', @webmails) : 1],
    ['RAINLOOP', 'rainloop/rainloop.data', 'rainloop_user', $webmailsAsked && oneOf('RainLoop', @webmails)],
) {
    my ($name, $file, $defaultUser, $when) = @$u;
    my $data = readConf("/etc/imscp/$file");
    question("${name}_SQL_USER", \&userRule, $when, [$data->{DATABASE_USER}, "/etc/imscp/$file"], [$defaultUser, 'the default']);
    question("${name}_SQL_PASSWORD", \&passwordRule, $when, [$data->{DATABASE_PASSWORD}, "/etc/imscp/$file"], [randomPassword(), 'generated']);
}

open my $problems, '>', $problemsFile or die "$problemsFile: $!\n";
open my $out, '>', $outFile or die "$outFile: $!\n";
for my $key (grep { $asked{$_} } @order) {
    my $secret = $key =~ /PASSWORD/;
    if (!exists $value{$key}) {
        print "$key: no answer\n";
        print $problems "$key\tunanswered\tno value (not in the configuration, and no input gives it)\n";
        next;
    }
    my $v = $value{$key};
    printf "%s = %s (from %s)\n", $key, $secret ? '***' : $v, $source{$key};
    if (my $bad = $rule{$key}->($v)) {
        my $what = $secret ? $key : "$key '$v'";
        print $problems $bad eq 'short'
            ? sprintf("%s\tshort\t%s has %d characters (from %s); i-MSCP %s needs at least %d\n", $key, $what, length($v), $source{$key}, $ENV{TARGET_VERSION}, $sqlMin)
            : sprintf("%s\tdoubtful\t%s is %s (from %s)\n", $key, $what, $bad, $source{$key});
    }
    (my $quoted = $v) =~ s/(['\\])/\\$1/g;
    print $out "\$main::questions{'$key'} = '$quoted';\n";
}
print $out "1;\n";
close $out or die "$outFile: $!\n";
close $problems;
