# The run's secrets were just written (0600, by the prelude above, from this script's
# stdin); step scripts load them in hp_begin. Never on a command line, never in a log.
chmod 600 "$HP_RUN_DIR/secrets.env"
