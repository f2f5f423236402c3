# hostpanel-action session driver: one per run, the only session of the run's SSH
# connection (or started on the runner). It runs the action's scripts on this host one
# after another and talks to the action only in frames: a type byte, a 4-byte big-endian
# length, the bytes. A script's stdout and stderr travel as data frames ('O', 'E') that
# the driver writes itself, so nothing a script prints can pose as an exit status or a
# result; the exit status and the script's result folder come in one 'X' frame after it
# ends.
# Requests: 'L' the shell library (parsed once, by the session's shell below), 'R' run a
# script, 'F' follow a detached step's output file, 'C' stop following. Perl because it
# is Essential on Debian and Ubuntu (perl-base) and, unlike bash, reads binary data and
# waits on several pipes at once; only perl-base modules are used, and not POSIX: loading
# it would cost more than the rest of the driver's start.
use strict;
use warnings;

$SIG{PIPE} = 'IGNORE';    # a lost link shows as a failed write: the driver then ends
binmode STDIN;
binmode STDOUT;
my $library = '';
my $KILL_AFTER = 10;
my $RESULT_CAP = 262144;
my $inbox = '';    # bytes of the action's next request, read early (while a script ran)
my $running;       # the running script's process group, once the shell has said it
my $handed = 0;    # a script was handed to the shell and has not ended
my $shell;    # the session's shell (below): { pid, in, out, lines (heard, not yet read), lib (its file, until it said ready) }

# This session's name on the host: the driver's pid and start time (a pid alone may be
# reused). Every script sees it as HP_SESSION; the engine's scripts record it in the run's
# folder, so that the next session of the run can end this one (engine/host/sessions.sh).
$ENV{HP_SESSION} = "$$." . started($$);
$SIG{TERM} = $SIG{HUP} = \&abandon;

# The fields of /proc/PID/stat after the name (state, ppid, pgrp, ...); empty if gone.
sub stat_of {
  my ($pid) = @_;
  open(my $fh, '<', "/proc/$pid/stat") or return ();
  my ($rest) = (<$fh> // '') =~ /.*\) (.*)/s;    # after the last ') ': the name may hold one
  return split ' ', $rest // '';
}

# A process's start time in clock ticks since boot (field 22), 0 if unknown.
sub started { return (stat_of($_[0]))[19] // 0 }

# Whether a process group has a member that has not ended (a zombie has: an orphan waits
# for PID 1 to reap it, and not every PID 1 does so at once).
sub group_alive {
  my ($group) = @_;
  opendir(my $dh, '/proc') or return kill(0, -$group);
  for my $pid (grep { /^\d+$/ } readdir $dh) {
    my ($state, undef, $pgrp) = stat_of($pid);
    return 1 if defined $pgrp && $pgrp == $group && $state ne 'Z';
  }
  return 0;
}

# The action is gone (the link lost, the session closed during a script) or a later
# session of the run ends this one (TERM): a script must not run on alone. Its process
# group gets TERM, and KILL if it has not ended within $KILL_AFTER seconds; then the
# shell and this driver end.
sub abandon {
  $SIG{TERM} = $SIG{HUP} = 'IGNORE';
  my $until = time + 2;
  while ($handed && !defined $running && $shell && time < $until) {    # its pid may be on the way
    if ($shell->{lines} =~ /^(\d+)\n/) { $running = $1; last }
    my $rin = '';
    vec($rin, fileno($shell->{out}), 1) = 1;
    last if select(my $rout = $rin, undef, undef, 0.1) > 0 && !shell_hear();
  }
  if (defined $running) {
    kill('TERM', -$running);
    for (1 .. $KILL_AFTER * 10) {
      last unless group_alive($running);
      select(undef, undef, undef, 0.1);
    }
    kill('KILL', -$running);
  }
  if ($shell) {
    kill('KILL', $shell->{pid});
    shell_stop();
  }
  exit 0;
}

sub put {
  my ($type, $data) = @_;
  my $frame = pack('aN', $type, length $data) . $data;
  my $done = 0;
  while ($done < length $frame) {
    my $n = syswrite(STDOUT, $frame, length($frame) - $done, $done);
    if (!defined $n) {
      next if $!{EINTR};
      abandon();    # the action is gone: nobody left to tell
    }
    $done += $n;
  }
}

sub take {
  my ($want) = @_;
  while (length $inbox < $want) {
    my $n = sysread(STDIN, $inbox, 65536, length $inbox);
    next if !defined $n && $!{EINTR};
    abandon() if !$n;    # end of the session (or the link)
  }
  return substr($inbox, 0, $want, '');
}

sub request {
  my ($type, $length) = unpack('aN', take(5));
  return ($type, take($length));
}

# Reads what a script left in its result folder (flat files, values capped) and removes it.
sub results {
  my ($dir) = @_;
  return '' if $dir eq '' || !-d $dir;
  my $list = '';
  opendir(my $dh, $dir) or return '';
  my @names = sort grep { -f "$dir/$_" } readdir $dh;
  closedir $dh;
  for my $name (@names) {
    my $value = '';
    if (open(my $fh, '<', "$dir/$name")) {
      binmode $fh;
      read($fh, $value, $RESULT_CAP);
      close $fh;
    }
    $list .= pack('N/a* N/a*', $name, $value);
    unlink "$dir/$name";
  }
  system('rm', '-rf', '--', $dir) unless rmdir $dir;
  return $list;
}

sub drain {
  my ($fh, $type) = @_;
  for (;;) {
    my $n = sysread($fh, my $buf, 65536);
    next if !defined $n && $!{EINTR};
    return if !$n;
    put($type, $buf);
  }
}

# The shell that runs the scripts: one bash per session that has parsed the library once
# and forks a subshell per script, instead of a new bash per script that parses it again
# (on a small VM ~0.7 ms a script instead of ~3 ms: NOTES.md). It is told where a script
# and its pipes are as paths into this driver's /proc/<pid>/fd, which the subshell opens.
# It answers on its stdout, a line each: 'ready', then per script the subshell's pid and
# its exit status as bash's $? (128 + the signal for a signal). set -m gives each subshell
# a process group of its own, and bash runs a subshell without job control, so the
# script's pipelines stay in that group and a timeout signals all of it (set +m only
# clears the flag from the script's $-). Its stderr is closed once the library is in:
# bash reports jobs killed by a signal there.
my $SHELL_LOOP = <<'SH';
. "$1" || exit 1
exec 2>/dev/null
set -m --
printf 'ready\n'
while read -r hp__script hp__out hp__err; do
  (set +m -euo pipefail; . "$hp__script") </dev/null >"$hp__out" 2>"$hp__err" &
  printf '%s\n' "$!"
  wait "$!"
  printf '%s\n' "$?"
done
SH

# An unlinked temporary file holding $text, open for reading from its start.
sub scratch {
  my ($text) = @_;
  open(my $fh, '+>', undef) or die "no temporary file: $!";
  my $at = 0;
  while ($at < length $text) {
    my $n = syswrite($fh, $text, length($text) - $at, $at) // die "cannot write a temporary file: $!";
    $at += $n;
  }
  sysseek($fh, 0, 0);
  return $fh;
}

sub shell_stop {
  return unless $shell;
  close $shell->{in};
  close $shell->{out};
  waitpid($shell->{pid}, 0);
  undef $shell;
}

# Started when the library arrives, so bash starts while the action sends the first script.
sub shell_start {
  shell_stop();
  my $lib = scratch($library);
  pipe(my $in_r, my $in_w) or die;
  pipe(my $out_r, my $out_w) or die;
  my $driver = $$;
  my $pid = fork // die "fork: $!";
  if ($pid == 0) {
    open(STDIN, '<&', $in_r) && open(STDOUT, '>&', $out_w) or exit 126;
    $SIG{PIPE} = 'DEFAULT';
    exec('bash', '--noprofile', '--norc', '-c', $SHELL_LOOP, 'hostpanel-shell', "/proc/$driver/fd/" . fileno $lib) or exit 127;
  }
  close $in_r;
  close $out_w;
  $shell = { pid => $pid, in => $in_w, out => $out_r, lines => '', lib => $lib };
}

# Reads what the shell said; false once it has ended.
sub shell_hear {
  for (;;) {
    my $n = sysread($shell->{out}, $shell->{lines}, 4096, length $shell->{lines});
    next if !defined $n && $!{EINTR};
    return $n;
  }
}

# Hands a script to a ready shell (started again if one ended: a script may kill it).
sub shell_take {
  my ($request) = @_;
  for my $try (1, 2) {
    shell_start() unless $shell;
    while ($shell->{lib}) {    # the first script waits for the library to be in
      if ($shell->{lines} =~ s/^ready\n//) { delete $shell->{lib} }
      elsif (!shell_hear()) { last }
    }
    return 1 if !$shell->{lib} && defined syswrite($shell->{in}, $request);
    shell_stop();
  }
  return 0;
}

# Runs one script in the shell, with its result folder made and the run's heartbeat
# touched first (HP_SESSION tells hp_begin). At its timeout the script's process group
# gets TERM, and KILL $KILL_AFTER seconds later; the status is then 124 (137 if it took
# KILL), as with timeout(1), which would cost a process per script. Output is relayed
# until the script has ended and its pipes are drained; a background process that keeps
# them open is not waited for.
sub run_script {
  my ($timeout, $outdir, $heartbeat, $script) = split /\0/, $_[0], 4;
  if ($outdir ne '' && !-d $outdir) {
    my $old = umask 077;
    my $path = $outdir =~ m{^/} ? '' : '.';
    mkdir($path .= "/$_") for grep { $_ ne '' } split m{/}, $outdir;    # mkdir -p, without a process
    umask $old;
  }
  utime(undef, undef, $heartbeat) if $heartbeat ne '' && -e $heartbeat;
  my $input = scratch($script);
  pipe(my $out_r, my $out_w) or die;
  pipe(my $err_r, my $err_w) or die;
  if (!shell_take(join(' ', map { "/proc/$$/fd/" . fileno $_ } $input, $out_w, $err_w) . "\n")) {
    put('E', "hostpanel: bash did not start on this host, or could not open the driver's files in /proc/$$/fd\n");
    return put('X', "126\n" . results($outdir));
  }
  $handed = 1;
  my %open = (fileno($out_r) => [$out_r, 'O'], fileno($err_r) => [$err_r, 'E']);
  my ($pid, $status, $signal);
  my $due = 0;
  local $SIG{ALRM} = sub { $due = 1 };    # alarm(2) counts from now, to the kernel's precision
  alarm $timeout;
  for (;;) {
    if ($due && defined $pid && !defined $status) {
      $due = 0;
      $signal = defined $signal ? 'KILL' : 'TERM';
      kill($signal, -$pid);
      alarm $KILL_AFTER if $signal eq 'TERM';
    }
    my $rin = '';
    vec($rin, $_, 1) = 1 for keys %open;
    vec($rin, fileno($shell->{out}), 1) = 1 unless defined $status;
    vec($rin, fileno(STDIN), 1) = 1;    # an end of input here is a lost action
    my $ready = select(my $rout = $rin, undef, undef, defined $status ? 0 : 1);
    if ($ready <= 0) {
      last if defined $status;    # ended and nothing left to read
      next;
    }
    if (vec($rout, fileno(STDIN), 1)) {
      my $n = sysread(STDIN, $inbox, 65536, length $inbox);
      abandon() if defined $n && $n == 0;
    }
    if (!defined $status && vec($rout, fileno($shell->{out}), 1)) {
      if (!shell_hear()) {
        # The shell was killed under the script: its status is unknown, and it must not run on.
        kill('KILL', -$pid) if defined $pid;
        shell_stop();
        put('E', "hostpanel: the host's shell ended while the script ran\n");
        $status = 126;
      }
      while (!defined $status && $shell->{lines} =~ s/^(\d+)\n//) {
        if (defined $pid) { $status = $1 } else { $pid = $running = $1 }
      }
      if (defined $status) {
        close $out_w;    # from now on, only a background process of the script holds them
        close $err_w;
        next;    # one more look at the pipes, without waiting
      }
    }
    for my $fd (keys %open) {
      next unless vec($rout, $fd, 1);
      my $n = sysread($open{$fd}[0], my $buf, 65536);
      next if !defined $n && ($!{EINTR} || $!{EAGAIN});
      if (!$n) {
        delete $open{$fd};
        next;
      }
      put($open{$fd}[1], $buf);
    }
  }
  alarm 0;
  undef $running;
  $handed = 0;
  my $rc = $status;
  $rc = $signal eq 'KILL' ? 137 : 124 if defined $signal;
  if ($rc == 255) {
    put('E', "hostpanel: the script exited 255; reported as 254\n");
    $rc = 254;
  }
  put('X', "$rc\n" . results($outdir));
}

# inotify(7) through syscall(2) (perl-base has no binding); undef where unknown.
my %INOTIFY = (x86_64 => [294, 254], aarch64 => [26, 27]);

sub watch {
  my ($dir) = @_;
  require Config;
  my $arch = do { no warnings 'once'; (split /-/, $Config::Config{archname})[0] };
  my $calls = $INOTIFY{$arch} or return;
  my $fd = syscall($calls->[0], 0x800);    # IN_NONBLOCK
  return if $fd < 0;
  # IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE
  return if syscall($calls->[1], $fd, $dir, 0x2 | 0x8 | 0x80 | 0x100) < 0;
  open(my $fh, '<&=', $fd) or return;
  return $fh;
}

# Relays a detached step's output from a byte offset as it is written (inotify, or a
# 10 ms look where there is none) until the step's exit status appears, it vanishes
# without one ("lost"), or the action asks to stop ("running").
sub follow {
  my ($dir, $offset, $outdir) = split /\0/, $_[0], 3;
  open(my $log, '<', "$dir/output.log") or return put('X', "lost\n");
  binmode $log;
  sysseek($log, $offset, 0);
  my $pid = '';
  if (open(my $fh, '<', "$dir/pid")) { $pid = <$fh> // ''; chomp $pid; }
  my $events = watch($dir);
  for (;;) {
    # The status is written after the step's output is closed: seen first, a drain gets all.
    my $alive = $pid =~ /^\d+$/ && kill(0, $pid);
    my $ended = -e "$dir/rc";
    drain($log, 'O');
    if ($ended) {
      open(my $fh, '<', "$dir/rc") or return put('X', "lost\n");
      my $rc = <$fh> // '';
      chomp $rc;
      return put('X', "$rc\n" . results($outdir));
    }
    # gone without a status (host rebooted, process killed); a last look for the status
    unless ($alive) {
      next if -e "$dir/rc";
      return put('X', "lost\n");
    }
    my $rin = '';
    vec($rin, fileno(STDIN), 1) = 1;
    vec($rin, fileno($events), 1) = 1 if $events;
    my $rout = '';    # a request already read (during a script) is ready input too
    my $ready = $inbox ne '' ? 1 : select($rout = $rin, undef, undef, $events ? 1 : 0.01);
    next if $ready <= 0;
    if ($inbox ne '' || vec($rout, fileno(STDIN), 1)) {
      my ($type) = request();
      return put('X', "running\n") if $type eq 'C';
      die "unexpected request '$type' while following";
    }
    sysread($events, my $ignored, 65536) if $events && vec($rout, fileno($events), 1);
  }
}

put('H', "hostpanel driver 1\n");
for (;;) {
  my ($type, $body) = request();
  if ($type eq 'L') { $library = $body; shell_start() }
  elsif ($type eq 'R') { run_script($body) }
  elsif ($type eq 'F') { follow($body) }
  elsif ($type eq 'C') { }    # a stop that crossed the end of its follow
  else { die "unknown request '$type'" }
}
