/** The format whose file name pattern `baseName` matches, with the name's groups. */
export function reportOfFileName(formats, baseName) {
    for (const [id, format] of Object.entries(formats)) {
        const match = format.fileName.exec(baseName);
        if (match !== null)
            return { report: id, groups: { ...match.groups } };
    }
    return undefined;
}
