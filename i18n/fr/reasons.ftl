# Pourquoi un courriel ou un instantané a été rejeté ou ignoré.
