# 1.2.3 errata: i-MSCP no longer uses /root/.my.cnf; a mysqldump section left there breaks
# the backup scripts' database connection after the update.
if [ -f /root/.my.cnf ] && grep -Eq '^[[:space:]]*\[mysqldump\]' /root/.my.cnf; then
  hp_warn "/root/.my.cnf has a [mysqldump] section, which i-MSCP 1.2.3 no longer uses: if its backup scripts cannot reach the database, remove that section (1.2.3 errata)"
  hp_report mycnf "[mysqldump] section present"
else
  hp_log "/root/.my.cnf has no [mysqldump] section"
fi
