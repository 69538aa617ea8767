# The lookup and export commands not in tldops.ftl.
