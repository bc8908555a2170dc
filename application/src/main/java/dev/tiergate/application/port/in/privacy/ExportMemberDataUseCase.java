package dev.tiergate.application.port.in.privacy;

/**
 * Hands over everything Tiergate stores about one member of one community as a platform-neutral
 * record (the edge renders it, e.g. as JSON); reading it changes nothing.
 */
public interface ExportMemberDataUseCase {

    MemberDataExport exportMemberData(ExportMemberDataQuery query);
}
