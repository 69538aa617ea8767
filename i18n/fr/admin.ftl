# Clés, publication, et erreurs du magasin et de la configuration.
