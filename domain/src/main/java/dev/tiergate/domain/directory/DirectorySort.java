package dev.tiergate.domain.directory;

/** How the member directory is ordered: nym A→Z, tenure oldest first, or most badges first. */
public enum DirectorySort {
    NYM, TENURE, BADGES
}
