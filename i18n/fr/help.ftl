# L’aide de la ligne de commande (--help) et des pages de manuel.
