/* Placeholder: the search stage replaces this file with the client-side search over the static shards. */
