"""The words of a role phrase (roles.py): countries and posts as English prints them
("the Japanese foreign minister"), as Spanish, Italian and Indonesian print them, the post
first ("el canciller japonés", "Menteri Luar Negeri Jepang"), and bare titles ("the
secretary", "el jefe de la diplomacia"). Tables only; roles.py reads them."""

from __future__ import annotations

# Country as printed -> the country as the reference records it.
COUNTRIES: tuple[tuple[str, str], ...] = (
    (r"japan(?:ese|['’]s)?", "Japan"),
    # "US" in capitals only: "told us" is no country.
    (r"(?-i:U\.S\.|US)|american|america['’]s|united\s+states['’]?", "United States"),
    (r"australia(?:n|['’]s)?", "Australia"),
)
# Post as printed -> the reference's post.
POSTS: tuple[tuple[str, str], ...] = (
    (r"foreign\s+(?:affairs\s+)?minister|minister\s+(?:for|of)\s+foreign\s+affairs", "foreign"),
    (r"secretary\s+of\s+state", "foreign"),
    (r"defen[cs]e\s+minister|minister\s+(?:for|of)\s+defen[cs]e", "defense"),
    (r"defen[cs]e\s+secretary|secretary\s+of\s+defen[cs]e", "defense"),
    (r"prime\s+minister", "head_of_government"),
    (r"president", "head_of_state"),
    # What a wire calls the posts with the country before: "Japan's top diplomat", "the
    # U.S. defense chief", "the Japanese premier".
    (r"top\s+diplomat", "foreign"),
    (r"defen[cs]e\s+chief", "defense"),
    (r"premier", "head_of_government"),
)

# The same roles as Spanish, Italian and Indonesian print them, the post first and the
# country after ("el canciller japonés", "el secretario de Estado estadounidense", "il
# ministro degli Esteri giapponese", "Menteri Luar Negeri Jepang", "Menlu AS").
COUNTRIES_AFTER: tuple[tuple[str, str], ...] = (
    (
        r"japon[ée]s|japonesa|nip[óo]na?|de(?:l)?\s+jap[óo]n|giapponese|del\s+giappone|jepang",
        "Japan",
    ),
    (
        r"estadounidense|norteamerican[oa]|de\s+(?:los\s+)?estados\s+unidos|de\s+ee\.?\s?uu\.?"
        r"|statunitense|american[oa]|degli\s+stati\s+uniti|amerika(?:\s+serikat)?|(?-i:AS|USA)",
        "United States",
    ),
    (r"australian[oa]|de\s+australia|australia", "Australia"),
)
POSTS_FIRST: tuple[tuple[str, str], ...] = (
    (
        r"canciller|ministr[oa]\s+de\s+(?:asuntos\s+|relaciones\s+)?exteriores"
        r"|secretari[oa]\s+de\s+estado|ministr[oa]\s+degli\s+(?:affari\s+)?esteri"
        r"|segretari[oa]\s+di\s+stato|jefe\s+de\s+la\s+diplomacia|capo\s+della\s+diplomazia"
        r"|menteri\s+luar\s+negeri|menlu",
        "foreign",
    ),
    (
        r"ministr[oa]\s+de\s+defensa|secretari[oa]\s+de\s+defensa|ministr[oa]\s+della\s+difesa"
        r"|segretari[oa]\s+(?:alla|della)\s+difesa|menteri\s+pertahanan|menhan",
        "defense",
    ),
    (
        r"primer\s+ministro|primera\s+ministra|primo\s+ministro|perdana\s+menteri",
        "head_of_government",
    ),
    (r"president[ea]?|presiden", "head_of_state"),
)


# A bare title as printed -> (post, a word the office's title must hold or "", country
# or ""). "The minister" is any minister but a prime minister.
BARE_TITLES: tuple[tuple[str, str, str, str], ...] = (
    (
        r"prime\s+minister|premier|prim(?:er|o)\s+ministro|perdana\s+menteri",
        "head_of_government",
        "",
        "",
    ),
    (r"president|presidente|presiden", "head_of_state", "", ""),
    (r"foreign\s+(?:minister|secretary)", "foreign", "", ""),
    (r"defen[cs]e\s+(?:minister|secretary)", "defense", "", ""),
    (
        r"top\s+diplomat|chief\s+diplomat|canciller|menteri\s+luar\s+negeri"
        r"|ministr[oa]\s+de\s+(?:asuntos\s+|relaciones\s+)?exteriores"
        r"|ministr[oa]\s+degli\s+(?:affari\s+)?esteri",
        "foreign",
        "",
        "",
    ),
    # Only the United States has a secretary of state among the countries the archive
    # reads: "the secretary of state" is never Japan's foreign minister, named last.
    (
        r"secretary\s+of\s+state|secretari[oa]\s+de\s+estado|segretari[oa]\s+di\s+stato",
        "foreign",
        "",
        "United States",
    ),
    # The country's top diplomat, with its nationality: "the top U.S. diplomat", "el jefe de
    # la diplomacia estadounidense", "il capo della diplomazia giapponese".
    (
        r"top\s+(?:u\.s\.|us|american)\s+diplomat|jefe\s+de\s+la\s+diplomacia\s+estadounidense"
        r"|capo\s+della\s+diplomazia\s+(?:statunitense|americana)",
        "foreign",
        "",
        "United States",
    ),
    (
        r"top\s+japanese\s+diplomat|jefe\s+de\s+la\s+diplomacia\s+japonesa"
        r"|capo\s+della\s+diplomazia\s+giapponese",
        "foreign",
        "",
        "Japan",
    ),
    (r"jefe\s+de\s+la\s+diplomacia|capo\s+della\s+diplomazia", "foreign", "", ""),
    (
        r"secretary\s+of\s+defen[cs]e|defen[cs]e\s+chief|secretari[oa]\s+de\s+defensa"
        r"|ministr[oa]\s+de\s+defensa|ministr[oa]\s+della\s+difesa|menteri\s+pertahanan",
        "defense",
        "",
        "",
    ),
    (r"pentagon\s+(?:chief|head)", "defense", "", "United States"),
    (r"secretary|secretario", "", "secretary", ""),
    (r"minister|ministro|menteri", "", "minister", ""),
)
