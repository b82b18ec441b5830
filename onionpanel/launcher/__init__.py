"""Starting tor processes of our own: the sandbox network's nodes and the user's embedded tor."""
