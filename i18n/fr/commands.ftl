# Les commandes de recherche et d’export absentes de tldops.ftl.
