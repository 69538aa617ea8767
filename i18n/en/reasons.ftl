# Why a mail or a snapshot was rejected or passed over.
