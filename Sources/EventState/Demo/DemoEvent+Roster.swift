extension DemoEvent {
  /// The demo's attendees.csv in mingle's own format: 40 invented people (all contacts use `.example`
  /// domains).
  public static let attendeesCSV = """
    name,title,company,topics,offer,seek,contact,show_card,share_contact
    Amara Okafor,Founder & CEO,Lagos Cleantech,founders;investors,Introductions to solar installers in West Africa,Seed investors who know hardware,amara@lagoscleantech.example,yes,yes
    Jonas Weiß,Partner,Weiß & Kern Rechtsanwälte,legal;founders,GmbH setup and term sheet reviews,Founders who need counsel,jonas@weiss-kern.example,yes,no
    Zoë Martin,Principal,Northwind Climate Fund,investors,Feedback on pitch decks and fundraising strategy,Pre-seed climate startups in Europe,https://northwind.example/zoe,yes,yes
    陈静,Head of Product,GridPulse,design;founders,User research on energy dashboards,A senior product designer,https://gridpulse.example/jing,yes,yes
    ليلى حداد,Policy Lead,Carbon Markets Initiative,legal;investors,EU carbon market regulation explained,Startups building MRV tools,layla@cmi.example,yes,no
    Søren Lindqvist,CTO,Heatwise,engineering;hiring,Embedded Rust and heat pump controls,Two firmware engineers,soren@heatwise.example,yes,yes
    Małgorzata Nowak,Angel investor,,investors,Angel checks and board experience,Deep-tech founders with paying pilots,https://angels.example/gosia,yes,yes
    José Ramírez,Founder,Agrovolt,founders;engineering,Agrivoltaics field data,A co-founder with a sales background,jose@agrovolt.example,yes,yes
    Priya Raman,Staff Engineer,Tidal Systems,engineering,Scaling data pipelines for IoT fleets,Side projects in climate,,yes,no
    Lukas Becker,Talent Partner,Greenfield Ventures,hiring;investors,Introductions to portfolio companies that are hiring,Engineers and PMs open to a move,lukas@greenfield.example,yes,yes
    Aïcha Diallo,Product Designer,Freelance,design,Design reviews and quick usability tests,A climate startup to join,https://aicha.example,yes,yes
    Tomás Ó Briain,Founder,PeatWatch,founders,Satellite monitoring of peatlands,Grants and other non-dilutive funding,tomas@peatwatch.example,yes,no
    Hannah Schulz,Associate,Evergreen Capital,investors,How investors read a data room,Climate fintech founders,hannah@evergreen.example,yes,yes
    Kwame Mensah,Battery Engineer,Voltstack,engineering;hiring,Cell chemistry and second-life batteries,A team that ships hardware,kwame@voltstack.example,yes,yes
    Elif Yılmaz,Patent Attorney,Yılmaz IP Law,legal,Patents and trademarks for hardware startups,Founders with inventions to protect,elif@yilmaz-ip.example,yes,yes
    Mateo Rossi,UX Researcher,Circula,design,Interview scripts that get honest answers,Product teams to test with,,no,no
    Ingrid Johansson,Founder & CEO,Fjordfuel,founders;investors,Lessons from raising a seed round,A Series A lead,ingrid@fjordfuel.example,yes,yes
    Rahul Mehta,Machine Learning Engineer,SkyCarbon,engineering,Forecasting models for solar output,A founding engineer role,https://rahul.example,yes,no
    Chiara Bianchi,Recruiter,TalentBridge,hiring,Salary benchmarks for climate roles,Senior engineers and designers,chiara@talentbridge.example,yes,yes
    Noah Fischer,Student,TU Berlin,engineering;hiring,Python and data analysis help,An internship in climate tech,noah.fischer@tu.example,yes,yes
    Émilie Laurent,Product Manager,Boulangerie Numérique,design;founders,Roadmaps and user interviews,Mentors in B2B SaaS,emilie@bnum.example,yes,no
    Dmitri Volkov,Founder,CarbonLedger,founders;legal,Carbon accounting for small businesses,A lawyer who knows CSRD,dmitri@carbonledger.example,yes,yes
    Fatima Zahra Benali,Investment Manager,Atlas Impact,investors,"Term sheets, cap tables and fundraising advice",Pre-seed B2B climate startups,https://atlas-impact.example/fatima,yes,yes
    Ben Carter,Full-stack Developer,Freelance,engineering,Swift and TypeScript apps,Freelance projects,ben@carter.example,yes,yes
    Sofía Herrera,Brand Designer,Estudio Verde,design,Naming and brand identities,Founders launching a product,https://estudioverde.example,yes,yes
    Yusuf Demir,Head of Engineering,Solarfleet,engineering;hiring,Hiring and running remote teams,A staff engineer for our platform,yusuf@solarfleet.example,yes,no
    Anna Kowalczyk,General Counsel,Windward Energy,legal,Energy contracts and PPAs,Startups selling to utilities,,yes,no
    Oliver Braun,Operating Partner,Kiln Ventures,investors;founders,Go-to-market for industrial buyers,Founders decarbonising heavy industry,oliver@kiln.example,yes,yes
    Mei Tanaka,Designer,Loop Studio,design;hiring,Portfolio reviews,A design lead role,mei@loopstudio.example,yes,yes
    Samuel Adeyemi,Founder,WasteWise,founders,Running pilots with city councils,Introductions to municipal buyers,samuel@wastewise.example,yes,yes
    Clara Hoffmann,Tax Advisor,Hoffmann Steuerberatung,legal;founders,R&D tax credits and grants,Startups preparing their first audit,clara@hoffmann-tax.example,no,no
    Lars Eriksen,Data Engineer,Nordlys Energy,engineering,Time-series databases,Open-source contributors,https://code.example/larse,yes,yes
    Nadia Rahman,People Lead,Greenloop,hiring,Job ads that attract engineers,Designers and engineers for our team,nadia@greenloop.example,yes,yes
    Pierre Dubois,Venture Partner,Cleantech Angels Berlin,investors,Syndicating angel rounds,Founders raising up to €1.5M,pierre@cta.example,yes,no
    Grace Oduya,Founder & CEO,Coolchain,founders;hiring,Cold-chain logistics in East Africa,A CTO co-founder,grace@coolchain.example,yes,yes
    Felix Wagner,Product Designer,Heatwise,design;engineering,Prototyping hardware interfaces,Feedback on a thermostat app,,yes,no
    Aleksandra Petrović,Lawyer,Petrović Legal,legal,Employment law and ESOPs,Founders hiring their first team,aleksandra@petrovic.example,yes,yes
    Daniel Kim,Solutions Engineer,Fluxgrid,engineering;founders,Grid integration APIs,A startup to partner with,daniel@fluxgrid.example,yes,yes
    Leonie Schmitt,Community Manager,Climate Tech Founders & Funders,founders;hiring,Introductions to anyone in the room,Speakers for next month,leonie@ctff.example,yes,yes
    Marco Esposito,Journalist,Tech Weekly,investors;founders,Press coverage for launches,Stories about local founders,,no,no

    """
}
