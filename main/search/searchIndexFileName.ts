/** Name of the prebuilt index beside corpus.json, and of the library's saved index in the data folder. */
export const SEARCH_INDEX_FILE = 'search-index.json';
