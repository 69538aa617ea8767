# Keys, publishing, and the errors of the store and the config.
