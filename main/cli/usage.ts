/** The text of `yuedu --help`; kept beside the parser so the two stay in step. */
export const USAGE = `Usage: yuedu [--data-dir DIR] [--seeds-dir DIR] <command> [options]

Commands:
  list                         List the articles in the library
  show <id>                    Print an article's text
  search <query> [--limit N]   Search all articles
  highlight <articleId> --quote TEXT [--color C] [--note TEXT]
                               Highlight the first occurrence of TEXT
  notes [--article ID]         List highlights and notes in reading order; highlights
                               whose text is gone are marked orphaned
  export --format markdown [--article ID] [--out FILE]
                               Export notes as Markdown
  import <path>...             Add .txt/.md files, or folders of them, to the library
  remove <id>                  Remove an imported article (its highlights are kept)
  backup [--out FILE]          Save every highlight, note, reading position and
                               setting to one JSON file (W3C Web Annotations inside)
  restore FILE                 Merge a backup back in; restoring twice changes nothing
  serve [--port N] [--lang en|zh]
                               Serve the app on http://127.0.0.1 for a browser

Global options:
  --data-dir DIR   Where highlights and settings live (or YUEDU_DATA_DIR);
                   defaults to the desktop app's data folder
  --seeds-dir DIR  Read the articles from this folder of .txt files (and
                   manifest.json) instead of the bundled corpus (or
                   YUEDU_SEEDS_DIR); highlights are re-found in the new text
  --json           Print machine-readable JSON only
  -h, --help       Show this help
`;
