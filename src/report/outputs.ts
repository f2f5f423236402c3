/**
 * Every output of the action, declared once; action.yml's outputs are generated from
 * this list and checked against it. Which product sets which: Product.outputs.
 */
export interface OutputDoc {
  name: string
  description: string
}

export const OUTPUTS: OutputDoc[] = [
  { name: 'status', description: 'success, failed, cancelled, or planned.' },
  { name: 'changed', description: 'true when this run changed the host (a change ran and was not undone); false for plans and runner-side tasks.' },
  { name: 'panel-url', description: "URL of the panel's login page; empty for products without a web panel (the summary says why)." },
  { name: 'installed-version', description: 'Product version on the host after the run.' },
  { name: 'previous-version', description: 'Product version on the host before the run (upgrades).' },
  { name: 'backup', description: 'Path (in log-dir) of the backup this run made before changing anything, for products that make one.' },
  { name: 'backup-host', description: "Path on the host of that backup, which stays there (the undo restores from it); backup is empty when it was not copied (backup-download-limit). A path of letters, digits and . _ + - under /var/backups." },
  { name: 'compatible', description: 'check-plugin: true when every plugin is accepted by every requested release.' },
  { name: 'sarif', description: 'check-plugin: path of the SARIF 2.1.0 file with every finding (for github/codeql-action/upload-sarif).' },
  { name: 'log-dir', description: "This run's folder with every log, collected host files and report.json (upload it with actions/upload-artifact)." },
  { name: 'report', description: 'Path of the JSON report (of the plan with mode plan).' }
]

/** Outputs every run sets, whatever the product. */
export const COMMON_OUTPUTS = ['status', 'changed', 'log-dir', 'report']

/** The shape of backup-host, a host fact: a plain path under /var/backups, nothing a shell reads specially. */
export const HOST_BACKUP_PATH = {
  describe: 'a path under /var/backups of A-Z a-z 0-9 . _ + - and /, without ..',
  test: (value: string): boolean => /^\/var\/backups\/[A-Za-z0-9._+/-]{1,1000}$/.test(value) && !value.split('/').includes('..')
}
