package dev.tiergate.application.port.in.directory;

/**
 * /directory and its controls: starts a member's browsing session (filter, sort, position, kept for a
 * few minutes), pages it with Prev/Next, and refines its filter or sort; a session that has expired
 * answers {@link DirectoryPage.Expired}, never another member's pages.
 */
public interface BrowseDirectoryUseCase {

    DirectoryPage start(BrowseDirectoryCommand command);

    DirectoryPage page(PageDirectoryCommand command);

    DirectoryPage refine(RefineDirectoryCommand command);

    DirectoryPage sort(SortDirectoryCommand command);
}
