import type { ImportedArticle, Library } from '../library';
import type { ImportedArticleFiles } from '../importedArticles';

/**
 * Puts the imported articles saved in the data folder back into the library at start. A damaged
 * file, or one whose article the bundled corpus now holds itself, is left out with a notice and
 * left on disk: nothing the user imported is ever deleted behind their back.
 */
export async function restoreImportedArticles(
  library: Library,
  files: ImportedArticleFiles,
): Promise<{ restored: ImportedArticle[]; notices: string[] }> {
  const { articles, notices } = await files.loadAll();
  const restored: ImportedArticle[] = [];
  for (const article of articles) {
    const same = library.get(article.id) ?? library.findByText(article.text);
    if (same !== undefined) {
      notices.push(
        `The imported article "${article.title}" is already in the library as "${same.title}", so it is shown once. Its file ${files.pathOf(article.id)} was kept.`,
      );
      continue;
    }
    library.addImported(article);
    restored.push(article);
  }
  return { restored, notices };
}
