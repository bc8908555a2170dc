package dev.tiergate.application.service.badgecatalog;

import dev.tiergate.application.port.in.badgecatalog.CatalogChange;
import dev.tiergate.application.port.in.badgecatalog.CatalogEditResult;
import dev.tiergate.application.port.in.badgecatalog.EditBadgeCatalogCommand;
import dev.tiergate.application.port.in.badgecatalog.EditBadgeCatalogUseCase;
import dev.tiergate.application.port.out.badgecatalog.EditBadgeCatalogPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits a catalog in one community transaction: the edited catalog is built and validated by the domain
 * before the one changed badge is stored, so two concurrent edits never leave two badges of one name.
 */
public final class EditBadgeCatalogService implements EditBadgeCatalogUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final EditBadgeCatalogPort catalogs;

    public EditBadgeCatalogService(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            EditBadgeCatalogPort catalogs) {
        this.lock = lock;
        this.communities = communities;
        this.catalogs = catalogs;
    }

    @Override
    public CatalogEditResult editBadgeCatalog(EditBadgeCatalogCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            BadgeCatalog catalog = communities.ensureCommunity(command.communityId()).config().badgeCatalog();
            Optional<Badge> listed = catalog.find(command.change().badge());
            try {
                return switch (command.change()) {
                    case CatalogChange.Add add -> listed.<CatalogEditResult>map(CatalogEditResult.AlreadyListed::new)
                            .orElseGet(() -> add(command.communityId(), catalog, add));
                    case CatalogChange.Change change -> listed.map(badge -> badge.isAwardableByHand()
                                    ? change(command.communityId(), catalog, badge, change)
                                    : new CatalogEditResult.Automatic(badge))
                            .orElseGet(() -> new CatalogEditResult.UnknownBadge(change.badge()));
                    case CatalogChange.Remove remove -> listed.map(badge -> remove(command.communityId(), badge))
                            .orElseGet(() -> new CatalogEditResult.UnknownBadge(remove.badge()));
                };
            } catch (InvalidFieldException invalid) {
                return new CatalogEditResult.Invalid(invalid.field(), invalid.problem());
            }
        });
    }

    private CatalogEditResult add(CommunityId communityId, BadgeCatalog catalog, CatalogChange.Add add) {
        Badge badge = new Badge(add.badge(), add.name(), add.emoji(), BadgeCategory.CONTRIBUTION, add.description());
        List<Badge> badges = new ArrayList<>(catalog.badges());
        badges.add(badge);
        new BadgeCatalog(badges); // refuses a badge beyond the catalog's size or a name listed twice
        catalogs.addBadge(communityId, badge);
        return new CatalogEditResult.Added(badge);
    }

    private CatalogEditResult change(CommunityId communityId, BadgeCatalog catalog, Badge listed,
            CatalogChange.Change change) {
        Badge badge = new Badge(listed.id(), change.name().orElse(listed.name()), change.emoji().orElse(listed.emoji()),
                listed.category(), change.description().orElse(listed.description()));
        // Refuses a new name that another badge of the catalog has.
        new BadgeCatalog(catalog.badges().stream().map(b -> b.id().equals(badge.id()) ? badge : b).toList());
        catalogs.replaceBadge(communityId, badge);
        return new CatalogEditResult.Changed(badge);
    }

    private CatalogEditResult remove(CommunityId communityId, Badge listed) {
        if (!listed.isAwardableByHand()) {
            return new CatalogEditResult.Automatic(listed);
        }
        return catalogs.removeBadgeNeverAwarded(communityId, listed.id()) ? new CatalogEditResult.Removed(listed.id())
                : new CatalogEditResult.EverAwarded(listed);
    }
}
